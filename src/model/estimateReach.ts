import { DEMOGRAPHIC_KEYS, demographicParametersFrom } from './demographicParameters';
import { drawUniforms } from './drawUniforms';
import { summarizeSample, type Interval } from './interval';
import type { InstrumentKind, ModelInputs } from './modelInputs';
import { naiveReach, nonCoreReached } from './reach';
import {
  ELDER_RELATIONS,
  RELATION_INDEX,
  makeKinContext,
  prepareProfile,
  relativesByType,
  type PreparedProfile,
} from './relativesByType';
import { RELATION_TYPES } from './relationType';
import { createRng, type Rng } from './rng';
import { triangularQuantile } from './triangularQuantile';

/**
 * Random numbers each draw takes after the demographic inputs. Every scope reads the same slot for
 * the same kind of input, so scopes are compared on the same draws (their differences are paired),
 * and an input of one kind moves together across scopes.
 */
export const SCOPE_SLOTS = ['basePeople', 'conductShare', 'waiverShare', 'visaBan', 'assetBlock'] as const;
export const SLOTS_PER_DRAW = DEMOGRAPHIC_KEYS.length + SCOPE_SLOTS.length;
const SLOT = Object.fromEntries(SCOPE_SLOTS.map((name, i) => [name, DEMOGRAPHIC_KEYS.length + i])) as Record<
  (typeof SCOPE_SLOTS)[number],
  number
>;

/** What one scope reaches, as medians and 90% intervals over the Monte Carlo draws. */
export interface ScopeEstimate {
  id: string;
  label: string;
  year: number;
  /** China's population in `year`, persons. */
  population: number;
  /** China's people aged 18+ in `year`, persons. */
  adultPopulation: number;
  /** Entities designated (counted apart from people). */
  entities: number;
  /** People who meet the conduct test, less waivers, persons. */
  corePeople: Interval;
  /** Covered living relatives per core member, K, persons. */
  relativesPerMember: Interval;
  /** core x (1 + K), persons: every relative counted as if no one were shared. */
  naiveReach: Interval;
  /** Core plus distinct relatives, shared relatives counted once, persons. Never above `population`. */
  peopleReached: Interval;
  /** peopleReached / population, 0-1. */
  shareOfPopulation: Interval;
  /** People aged 18+ reached / adultPopulation, 0-1. */
  shareOfAdults: Interval;
  /** People reached who would run into each measure in a year, persons. */
  constrainedPerYear: { kind: InstrumentKind; people: Interval }[];
  /** The per-draw values, for histograms and sensitivity. */
  draws: { peopleReached: Float64Array };
}

export interface ReachEstimate {
  seed: number;
  samples: number;
  scopes: ScopeEstimate[];
}

interface ScopeDraws {
  core: Float64Array;
  relatives: Float64Array;
  naive: Float64Array;
  reached: Float64Array;
  adultsReached: Float64Array;
  constrained: Float64Array[];
}

/**
 * Estimates every scope of a scenario by Monte Carlo: each draw takes one value of every
 * uncertain input (triangular ranges), computes each scope's core, relatives per member K
 * (age-aware, see `relativesByType`), naive reach and overlap-aware reach (`overlapAwareReach`),
 * and the result is summarised as the median and the 5th-95th percentile interval.
 *
 * Pure and deterministic: the same inputs and the same random source give the same numbers.
 *
 * @param inputs resolved scenario (see `resolveScenario`)
 * @param rng uniform source; defaults to one seeded with `inputs.seed`
 */
export function estimateReach(inputs: ModelInputs, rng: Rng = createRng(inputs.seed)): ReachEstimate {
  const samples = inputs.samples;
  const uniforms = drawUniforms(rng, samples, SLOTS_PER_DRAW);
  const relationCount = RELATION_TYPES.length;

  // Relatives depend only on the age profile and the year, so compute them once per pair per draw.
  const profileKeys: string[] = [];
  const profiles: PreparedProfile[] = [];
  const scopeProfile = inputs.scopes.map((scope) => {
    const key = `${scope.ageProfile.id}@${scope.year}`;
    let index = profileKeys.indexOf(key);
    if (index < 0) {
      index = profileKeys.push(key) - 1;
      profiles.push(prepareProfile(scope.ageProfile, scope.year));
    }
    return index;
  });
  const relatives = profiles.map(() => new Float64Array(relationCount));
  const familyIndices = inputs.scopes.map((scope) => Int32Array.from(scope.family, (type) => RELATION_INDEX[type]));
  const instrumentSlots = inputs.scopes.map((scope) => Int32Array.from(scope.instruments, (i) => SLOT[i.kind]));
  const minorIndex = RELATION_INDEX.childUnder18;
  const coversMinors = inputs.scopes.map((scope) => scope.family.includes('childUnder18'));
  const scopesOf = (p: number) => inputs.scopes.filter((_, i) => scopeProfile[i] === p);
  const needsRelatives = profiles.map((_, p) => scopesOf(p).some((scope) => scope.family.length > 0));
  const needsElders = profiles.map((_, p) =>
    scopesOf(p).some((scope) => scope.family.some((type) => ELDER_RELATIONS.has(type))),
  );

  const draws: ScopeDraws[] = inputs.scopes.map((scope) => ({
    core: new Float64Array(samples),
    relatives: new Float64Array(samples),
    naive: new Float64Array(samples),
    reached: new Float64Array(samples),
    adultsReached: new Float64Array(samples),
    constrained: scope.instruments.map(() => new Float64Array(samples)),
  }));

  const demographicRanges = DEMOGRAPHIC_KEYS.map((key) => inputs.demographic[key]);
  const demographicValues = new Float64Array(DEMOGRAPHIC_KEYS.length);
  const scopeCount = inputs.scopes.length;
  const context = makeKinContext(demographicParametersFrom(demographicValues));
  for (let draw = 0; draw < samples; draw++) {
    const offset = draw * SLOTS_PER_DRAW;
    for (let k = 0; k < DEMOGRAPHIC_KEYS.length; k++) {
      demographicValues[k] = triangularQuantile(uniforms[offset + k]!, demographicRanges[k]!);
    }
    const params = demographicParametersFrom(demographicValues);
    makeKinContext(params, context);
    for (let p = 0; p < profiles.length; p++) {
      if (needsRelatives[p]) relativesByType(profiles[p]!, context, relatives[p]!, needsElders[p]);
    }

    for (let s = 0; s < scopeCount; s++) {
      const scope = inputs.scopes[s]!;
      const out = draws[s]!;
      const base = triangularQuantile(uniforms[offset + SLOT.basePeople]!, scope.basePeople);
      const conduct = triangularQuantile(uniforms[offset + SLOT.conductShare]!, scope.conductShare);
      const waiver = triangularQuantile(uniforms[offset + SLOT.waiverShare]!, scope.waiverShare);
      const core = Math.min(Math.max(base * conduct * (1 - waiver), 0), scope.population);

      const perType = relatives[scopeProfile[s]!]!;
      const family = familyIndices[s]!;
      let k = 0;
      for (let f = 0; f < family.length; f++) k += perType[family[f]!]!;
      // overlapAwareReach, split so the loop allocates nothing per draw.
      const relativesReached = nonCoreReached(core, k, scope.population, params.familyClusteringOddsRatio);
      const peopleReached = core + relativesReached;
      // Minors reached are the share of reached relatives that came through links to minor children.
      const minors = coversMinors[s] && k > 0 ? (relativesReached * perType[minorIndex]!) / k : 0;

      out.core[draw] = core;
      out.relatives[draw] = k;
      out.naive[draw] = naiveReach(core, k);
      out.reached[draw] = peopleReached;
      out.adultsReached[draw] = peopleReached - minors;
      for (let m = 0; m < scope.instruments.length; m++) {
        const slot = instrumentSlots[s]![m]!;
        const exposure = triangularQuantile(uniforms[offset + slot]!, scope.instruments[m]!.exposurePerYear);
        out.constrained[m]![draw] = peopleReached * exposure;
      }
    }
  }

  return {
    seed: inputs.seed,
    samples,
    scopes: inputs.scopes.map((scope, s) => {
      const out = draws[s]!;
      const peopleReached = summarizeSample(out.reached);
      // Without minors covered, adults reached equal people reached: skip a second selection.
      const adults = coversMinors[s] ? summarizeSample(out.adultsReached) : peopleReached;
      const share = (interval: Interval, of: number): Interval => ({
        median: interval.median / of,
        p05: interval.p05 / of,
        p95: interval.p95 / of,
      });
      return {
        id: scope.id,
        label: scope.label,
        year: scope.year,
        population: scope.population,
        adultPopulation: scope.adultPopulation,
        entities: scope.entities,
        corePeople: summarizeSample(out.core),
        relativesPerMember: summarizeSample(out.relatives),
        naiveReach: summarizeSample(out.naive),
        peopleReached,
        // Dividing by a constant keeps order, so the quantiles of the share are those of the count.
        shareOfPopulation: share(peopleReached, scope.population),
        shareOfAdults: share(adults, scope.adultPopulation),
        constrainedPerYear: scope.instruments.map((instrument, m) => ({
          kind: instrument.kind,
          people: summarizeSample(out.constrained[m]!),
        })),
        draws: { peopleReached: out.reached },
      };
    }),
  };
}
