import type { Interval } from '../model/interval';
import type { ReachEstimate, ScopeEstimate } from '../model/estimateReach';
import type { InstrumentKind } from '../model/modelInputs';

/** The median and 90% interval as plain numbers, for JSON. */
export type IntervalRecord = Interval;

/** One scope's results as plain JSON: what `npm run estimate -- --json` prints and the app shows. */
export interface ScopeRecord {
  id: string;
  label: string;
  year: number;
  /** China's population in `year`, persons. */
  population: number;
  /** China's people aged 18+ in `year`, persons. */
  adultPopulation: number;
  /** Core people (median), persons. */
  core: number;
  /** Entities designated, counted apart from people. */
  entities: number;
  coreInterval: IntervalRecord;
  /** Covered relatives per core member, persons. */
  relativesPerMember: IntervalRecord;
  /** Overlap-aware reach (median, p05, p95) and the naive count's median, persons. */
  reach: IntervalRecord & { naive: number };
  naiveReach: IntervalRecord;
  /** Reach / population, 0-1. */
  shareOfPopulation: IntervalRecord;
  /** Adults reached / adults, 0-1. */
  shareOfAdults: IntervalRecord;
  /** People reached who would run into each measure in a year, persons. */
  constrainedPerYear: (IntervalRecord & { instrument: InstrumentKind })[];
}

export interface EstimateRecord {
  scenario: { id: string; title: string; seed: number; samples: number; catalogueVersion: string };
  results: ScopeRecord[];
}

function interval({ median, p05, p95 }: Interval): IntervalRecord {
  return { median, p05, p95 };
}

export function scopeRecord(scope: ScopeEstimate): ScopeRecord {
  return {
    id: scope.id,
    label: scope.label,
    year: scope.year,
    population: scope.population,
    adultPopulation: scope.adultPopulation,
    core: scope.corePeople.median,
    entities: scope.entities,
    coreInterval: interval(scope.corePeople),
    relativesPerMember: interval(scope.relativesPerMember),
    reach: { naive: scope.naiveReach.median, ...interval(scope.peopleReached) },
    naiveReach: interval(scope.naiveReach),
    shareOfPopulation: interval(scope.shareOfPopulation),
    shareOfAdults: interval(scope.shareOfAdults),
    constrainedPerYear: scope.constrainedPerYear.map(({ kind, people }) => ({ instrument: kind, ...interval(people) })),
  };
}

/**
 * A whole estimate as plain JSON. Numbers are kept as computed (not rounded), so the app and
 * the command line can be compared exactly.
 */
export function estimateRecord(
  scenario: { id: string; title: string },
  estimate: ReachEstimate,
  catalogueVersion: string,
): EstimateRecord {
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      seed: estimate.seed,
      samples: estimate.samples,
      catalogueVersion,
    },
    results: estimate.scopes.map(scopeRecord),
  };
}
