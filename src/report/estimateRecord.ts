import { shown } from '../data/shownText';
import { chosenReading, familyReadingById, familyTermById } from '../data/familyReadings';
import type { Interval } from '../model/interval';
import type { ReachSummary, ScopeEstimate } from '../model/estimateReach';
import type { InstrumentKind } from '../model/modelInputs';
import type { Scope } from '../scenario/scenario';

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
  /**
   * The undefined word for "family" the scope's measure uses, the reading its numbers above
   * follow (absent when the family rule is the reader's own), and every reading's numbers.
   */
  family?: FamilyRecord;
}

/** One reading of a scope's undefined family term, with its numbers. */
export interface ReadingRecord {
  id: string;
  label: string;
  relativesPerMember: IntervalRecord;
  peopleReached: IntervalRecord;
  shareOfPopulation: IntervalRecord;
  shareOfAdults: IntervalRecord;
}

export interface FamilyRecord {
  /** The term's id and the words as used, e.g. `families` / "their families". */
  term: string;
  words: string;
  /** The reading the scope's own numbers follow, if its family rule is one of them. */
  chosenReading?: string;
  readings: ReadingRecord[];
  /** The lowest and highest median people reached across the readings, persons. */
  acrossReadings: { low: number; high: number };
}

export interface EstimateRecord {
  scenario: { id: string; title: string; seed: number; samples: number; catalogueVersion: string };
  results: ScopeRecord[];
}

function interval({ median, p05, p95 }: Interval): IntervalRecord {
  return { median, p05, p95 };
}

function familyRecord(estimate: Omit<ScopeEstimate, 'draws'>, scope: Scope | undefined): FamilyRecord | undefined {
  const term = scope?.familyTerm === undefined ? undefined : familyTermById(scope.familyTerm);
  if (!scope || !term || estimate.readings.length === 0) return undefined;
  const chosen = chosenReading(term, scope.family);
  const readings = estimate.readings.map((reading) => ({
    id: reading.id,
    label: shown('readingLabels', reading.id, familyReadingById(reading.id)?.label ?? reading.id),
    relativesPerMember: interval(reading.relativesPerMember),
    peopleReached: interval(reading.peopleReached),
    shareOfPopulation: interval(reading.shareOfPopulation),
    shareOfAdults: interval(reading.shareOfAdults),
  }));
  const medians = readings.map((reading) => reading.peopleReached.median);
  return {
    term: term.id,
    words: shown('termWords', term.id, term.words),
    ...(chosen ? { chosenReading: chosen.id } : {}),
    readings,
    acrossReadings: { low: Math.min(...medians), high: Math.max(...medians) },
  };
}

/**
 * One scope's results as plain JSON.
 * @param scenarioScope the scenario's scope: its name, and its family term (for the readings)
 */
export function scopeRecord(scope: Omit<ScopeEstimate, 'draws'>, scenarioScope: Scope): ScopeRecord {
  const family = familyRecord(scope, scenarioScope);
  return {
    id: scope.id,
    label: scenarioScope.label,
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
    ...(family ? { family } : {}),
  };
}

/**
 * A whole estimate as plain JSON. Numbers are kept as computed (not rounded), so the app and
 * the command line can be compared exactly.
 */
export function estimateRecord(
  scenario: { id: string; title: string; scopes: readonly Scope[] },
  estimate: ReachSummary,
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
    // The model's scopes are the scenario's, in order; names and terms are read from the scenario.
    results: estimate.scopes.map((scope, i) => scopeRecord(scope, scenario.scopes[i]!)),
  };
}
