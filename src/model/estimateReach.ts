import { drawDemographics } from './demographicDraw';
import { DEMOGRAPHIC_INDEX, DEMOGRAPHIC_KEYS } from './demographicParameters';
import { drawUniforms } from './drawUniforms';
import { intervalFrom, orderStatistics, summarizeSample, type Interval, type OrderStatistics } from './interval';
import type { InstrumentKind, ModelInputs } from './modelInputs';
import type { Range } from './range';
import {
  adultRelativesReached,
  minorRelativesReached,
  naiveReach,
  type OverlapParameters,
  type Population,
  type RelativeMix,
} from './reach';
import {
  ELDER_RELATIONS,
  RELATION_INDEX,
  makeKinContext,
  prepareProfile,
  type KinContext,
  relativesByType,
  type PreparedProfile,
} from './relativesByType';
import { RELATION_TYPES, type RelationType } from './relationType';
import { createRng, type Rng } from './rng';
import { triangularQuantile } from './triangularQuantile';

/**
 * Random numbers each draw takes after the demographic inputs: first the factor the family-size
 * inputs share (see `drawDemographics`), then the scope inputs. Every scope reads the same slot for
 * the same kind of input, so scopes are compared on the same draws (their differences are paired),
 * and an input of one kind moves together across scopes.
 */
export const SCOPE_SLOTS = [
  'familySizeFactor',
  'basePeople',
  'conductShare',
  'waiverShare',
  'visaBan',
  'assetBlock',
] as const;
export const SLOTS_PER_DRAW = DEMOGRAPHIC_KEYS.length + SCOPE_SLOTS.length;
const SLOT = Object.fromEntries(SCOPE_SLOTS.map((name, i) => [name, DEMOGRAPHIC_KEYS.length + i])) as Record<
  (typeof SCOPE_SLOTS)[number],
  number
>;

/** What one scope reaches under one reading of its undefined family term. */
export interface ReadingEstimate {
  /** The reading's id. */
  id: string;
  /** Covered living relatives per core member under this reading, K, persons. */
  relativesPerMember: Interval;
  /** Core plus distinct relatives under this reading, persons. */
  peopleReached: Interval;
  /** peopleReached / population, 0-1. */
  shareOfPopulation: Interval;
  /** People aged 18+ reached / adultPopulation, 0-1. */
  shareOfAdults: Interval;
}

/** What one scope reaches, as medians and 90% intervals over the Monte Carlo draws. */
export interface ScopeEstimate {
  id: string;
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
  /** The scope under every reading of its undefined family term, in the inputs' order; may be empty. */
  readings: ReadingEstimate[];
  /** The per-draw values, for histograms and sensitivity. */
  draws: { peopleReached: Float64Array };
}

export interface ReachEstimate {
  seed: number;
  samples: number;
  scopes: ScopeEstimate[];
}

/**
 * An estimate without its draws: every number the chart, the table and the files read. A preset
 * ships its summary precomputed (`presetEstimate`), so its first chart needs no Monte Carlo run.
 */
export interface ReachSummary {
  seed: number;
  samples: number;
  scopes: Omit<ScopeEstimate, 'draws'>[];
}

/** A family rule split by how its relatives overlap with the core (see `overlapAwareReach`). */
interface FamilySplit {
  spouse: boolean;
  minors: boolean;
  /** Indices, in `RELATION_INDEX`, of the other adult relation types covered. */
  otherAdults: Int32Array;
}

function splitFamily(family: readonly RelationType[]): FamilySplit {
  return {
    spouse: family.includes('spouse'),
    minors: family.includes('childUnder18'),
    otherAdults: Int32Array.from(
      family.filter((type) => type !== 'spouse' && type !== 'childUnder18'),
      (type) => RELATION_INDEX[type],
    ),
  };
}

/** Per-draw results of one family rule of one scope. */
interface FamilyDraws {
  split: FamilySplit;
  relatives: Float64Array;
  reached: Float64Array;
  adultsReached: Float64Array;
}

function familyDraws(family: readonly RelationType[], samples: number): FamilyDraws {
  return {
    split: splitFamily(family),
    relatives: new Float64Array(samples),
    reached: new Float64Array(samples),
    adultsReached: new Float64Array(samples),
  };
}

interface ScopeDraws {
  core: Float64Array;
  naive: Float64Array;
  chosen: FamilyDraws;
  readings: FamilyDraws[];
  constrained: Float64Array[];
}

/** Everything one estimate keeps between its slices of draws (see `estimateReachInSteps`). */
interface Run {
  inputs: ModelInputs;
  uniforms: Float64Array;
  /** For each scope, the index of its (age profile, year) pair in `profiles`. */
  scopeProfile: number[];
  profiles: PreparedProfile[];
  /** Relatives per member by relation type, per profile, for the current draw. */
  relatives: Float64Array[];
  instrumentSlots: Int32Array[];
  needsRelatives: boolean[];
  needsElders: boolean[];
  populations: Population[];
  draws: ScopeDraws[];
  demographicRanges: Range[];
  demographicValues: Float64Array;
  context: KinContext;
  /** Scratch objects the loop overwrites, so it allocates nothing per draw. */
  mix: RelativeMix;
  overlap: OverlapParameters;
  /** Order statistics of exposure draws, by slot and range (see `exposureStatistics`). */
  exposureStatistics: Map<string, OrderStatistics>;
}

function startRun(inputs: ModelInputs, rng: Rng): Run {
  const samples = inputs.samples;
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
  const familiesOf = (p: number) =>
    inputs.scopes
      .filter((_, i) => scopeProfile[i] === p)
      .flatMap((scope) => [scope.family, ...scope.readings.map((reading) => reading.family)]);
  const demographicValues = new Float64Array(DEMOGRAPHIC_KEYS.length);
  return {
    inputs,
    uniforms: drawUniforms(rng, samples, SLOTS_PER_DRAW),
    scopeProfile,
    profiles,
    relatives: profiles.map(() => new Float64Array(relationCount)),
    instrumentSlots: inputs.scopes.map((scope) => Int32Array.from(scope.instruments, (i) => SLOT[i.kind])),
    needsRelatives: profiles.map((_, p) => familiesOf(p).some((family) => family.length > 0)),
    needsElders: profiles.map((_, p) =>
      familiesOf(p).some((family) => family.some((type) => ELDER_RELATIONS.has(type))),
    ),
    populations: inputs.scopes.map((scope) => ({ people: scope.population, adults: scope.adultPopulation })),
    draws: inputs.scopes.map((scope) => ({
      core: new Float64Array(samples),
      naive: new Float64Array(samples),
      chosen: familyDraws(scope.family, samples),
      readings: scope.readings.map((reading) => familyDraws(reading.family, samples)),
      constrained: scope.instruments.map(() => new Float64Array(samples)),
    })),
    demographicRanges: DEMOGRAPHIC_KEYS.map((key) => inputs.demographic[key]),
    demographicValues,
    context: makeKinContext(demographicValues),
    mix: { spouses: 0, otherAdults: 0, minors: 0 },
    overlap: { spouseOddsRatio: 1, familyOddsRatio: 1, dispersion: 0 },
    exposureStatistics: new Map(),
  };
}

/**
 * Reach of one family rule on one draw, written into `out` at `draw`: K, people reached and adults
 * reached, through `adultRelativesReached` and `minorRelativesReached` (see `overlapAwareReach`).
 */
function reachFamily(
  run: Run,
  out: FamilyDraws,
  draw: number,
  core: number,
  perType: Float64Array,
  population: Population,
) {
  const { split } = out;
  const mix = run.mix;
  mix.spouses = split.spouse ? perType[RELATION_INDEX.spouse]! : 0;
  mix.minors = split.minors ? perType[RELATION_INDEX.childUnder18]! : 0;
  let others = 0;
  for (let t = 0; t < split.otherAdults.length; t++) others += perType[split.otherAdults[t]!]!;
  mix.otherAdults = others;
  const adults = core + adultRelativesReached(core, mix, population, run.overlap);
  out.relatives[draw] = mix.spouses + mix.minors + others;
  out.adultsReached[draw] = adults;
  out.reached[draw] = adults + minorRelativesReached(core, mix, population, run.overlap);
}

/** Runs draws `from` to `to` (exclusive). Each draw depends only on its own uniforms. */
function runDraws(run: Run, from: number, to: number): void {
  const { inputs, uniforms, profiles, relatives, needsRelatives, needsElders, draws, context, overlap } = run;
  const { demographicRanges, demographicValues, scopeProfile, instrumentSlots, populations } = run;
  const scopeCount = inputs.scopes.length;
  for (let draw = from; draw < to; draw++) {
    const offset = draw * SLOTS_PER_DRAW;
    drawDemographics(
      uniforms,
      offset,
      offset + SLOT.familySizeFactor,
      demographicRanges,
      inputs.familySizeCorrelation,
      demographicValues,
    );
    makeKinContext(demographicValues, context);
    overlap.spouseOddsRatio = demographicValues[DEMOGRAPHIC_INDEX.spouseClusteringOddsRatio]!;
    overlap.familyOddsRatio = demographicValues[DEMOGRAPHIC_INDEX.familyClusteringOddsRatio]!;
    overlap.dispersion = demographicValues[DEMOGRAPHIC_INDEX.overlapDispersion]!;
    for (let p = 0; p < profiles.length; p++) {
      if (needsRelatives[p]) relativesByType(profiles[p]!, context, relatives[p]!, needsElders[p]);
    }

    for (let s = 0; s < scopeCount; s++) {
      const scope = inputs.scopes[s]!;
      const out = draws[s]!;
      const population = populations[s]!;
      const base = triangularQuantile(uniforms[offset + SLOT.basePeople]!, scope.basePeople);
      const conduct = triangularQuantile(uniforms[offset + SLOT.conductShare]!, scope.conductShare);
      const waiver = triangularQuantile(uniforms[offset + SLOT.waiverShare]!, scope.waiverShare);
      // Core members are adults, so the core never exceeds the adults.
      const core = Math.min(Math.max(base * conduct * (1 - waiver), 0), population.adults);
      const perType = relatives[scopeProfile[s]!]!;

      reachFamily(run, out.chosen, draw, core, perType, population);
      for (const reading of out.readings) reachFamily(run, reading, draw, core, perType, population);
      const peopleReached = out.chosen.reached[draw]!;
      out.core[draw] = core;
      out.naive[draw] = naiveReach(core, out.chosen.relatives[draw]!);
      for (let m = 0; m < scope.instruments.length; m++) {
        const slot = instrumentSlots[s]![m]!;
        const exposure = triangularQuantile(uniforms[offset + slot]!, scope.instruments[m]!.exposurePerYear);
        out.constrained[m]![draw] = peopleReached * exposure;
      }
    }
  }
}

/**
 * Order statistics of one measure's exposure draws: every scope drawing it from the same slot
 * with the same range draws the same values, so they are selected once per estimate.
 */
function exposureStatistics(run: Run, slot: number, range: Range): OrderStatistics {
  const key = `${slot}:${range.low}:${range.mode}:${range.high}`;
  let statistics = run.exposureStatistics.get(key);
  if (!statistics) {
    const exposure = new Float64Array(run.inputs.samples);
    for (let draw = 0; draw < exposure.length; draw++) {
      exposure[draw] = triangularQuantile(run.uniforms[draw * SLOTS_PER_DRAW + slot]!, range);
    }
    statistics = orderStatistics(exposure);
    run.exposureStatistics.set(key, statistics);
  }
  return statistics;
}

/**
 * Scope `s`'s medians and intervals over every draw.
 *
 * Selection is most of a summary's cost, so where one sample is a non-decreasing function of
 * another already selected, its interval is read from that one's order statistics (the numbers
 * are the same to the bit; see `intervalFrom`): with a fixed core, naive reach is a function of
 * K; with a fixed reach, the people a measure constrains are a multiple of its exposure.
 */
function summarizeScope(run: Run, s: number): ScopeEstimate {
  const scope = run.inputs.scopes[s]!;
  const out = run.draws[s]!;
  const core = orderStatistics(out.core);
  const chosen = summarizeFamily(out.chosen, scope.population, scope.adultPopulation);
  const fixedCore = core.values[0]!;
  const fixedReach = chosen.reached.values[0]!;
  return {
    id: scope.id,
    year: scope.year,
    population: scope.population,
    adultPopulation: scope.adultPopulation,
    entities: scope.entities,
    corePeople: intervalFrom(core),
    relativesPerMember: chosen.estimate.relativesPerMember,
    naiveReach: core.constant
      ? intervalFrom(chosen.relatives, (k) => naiveReach(fixedCore, k))
      : summarizeSample(out.naive),
    peopleReached: chosen.estimate.peopleReached,
    shareOfPopulation: chosen.estimate.shareOfPopulation,
    shareOfAdults: chosen.estimate.shareOfAdults,
    constrainedPerYear: scope.instruments.map((instrument, m) => ({
      kind: instrument.kind,
      people: chosen.reached.constant
        ? intervalFrom(
            exposureStatistics(run, run.instrumentSlots[s]![m]!, instrument.exposurePerYear),
            (exposure) => fixedReach * exposure,
          )
        : summarizeSample(out.constrained[m]!),
    })),
    readings: scope.readings.map(
      (reading, r) => summarizeFamily(out.readings[r]!, scope.population, scope.adultPopulation, reading.id).estimate,
    ),
    draws: { peopleReached: out.chosen.reached },
  };
}

/**
 * One family rule's medians and intervals. Dividing by a constant keeps order, so the quantiles
 * of a share are those of the count; without minors covered, adults reached equal people reached
 * and need no second selection.
 */
function summarizeFamily(family: FamilyDraws, population: number, adultPopulation: number, id = '') {
  const relatives = orderStatistics(family.relatives);
  const reached = orderStatistics(family.reached);
  const peopleReached = intervalFrom(reached);
  const adults = family.split.minors ? summarizeSample(family.adultsReached) : peopleReached;
  const share = (interval: Interval, of: number): Interval => ({
    median: interval.median / of,
    p05: interval.p05 / of,
    p95: interval.p95 / of,
  });
  const estimate: ReadingEstimate = {
    id,
    relativesPerMember: intervalFrom(relatives),
    peopleReached,
    shareOfPopulation: share(peopleReached, population),
    shareOfAdults: share(adults, adultPopulation),
  };
  return { estimate, relatives, reached };
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
  const run = startRun(inputs, rng);
  runDraws(run, 0, inputs.samples);
  return { seed: inputs.seed, samples: inputs.samples, scopes: inputs.scopes.map((_, s) => summarizeScope(run, s)) };
}

/**
 * The same estimate as `estimateReach`, number for number, computed in slices: the generator
 * pauses after every `drawsPerSlice` draws and after each scope's summary, so a caller can let
 * the browser handle input and paint in between: for an estimate made on the page (the embed's
 * edited link, or the app where there is no worker), which would otherwise block it for a long
 * time, the more so before the JavaScript engine has optimised the model.
 *
 * @param drawsPerSlice draws between pauses (whole number, at least 1)
 * @returns the estimate, as the generator's return value
 */
export function* estimateReachInSteps(
  inputs: ModelInputs,
  rng: Rng = createRng(inputs.seed),
  drawsPerSlice = 1000,
): Generator<void, ReachEstimate, void> {
  const run = startRun(inputs, rng);
  for (let from = 0; from < inputs.samples; from += drawsPerSlice) {
    runDraws(run, from, Math.min(inputs.samples, from + drawsPerSlice));
    yield;
  }
  const scopes: ScopeEstimate[] = [];
  for (let s = 0; s < inputs.scopes.length; s++) {
    scopes.push(summarizeScope(run, s));
    yield;
  }
  return { seed: inputs.seed, samples: inputs.samples, scopes };
}

/**
 * `estimateReachInSteps` run to the end, awaiting `pause()` between slices: for a page that lets
 * the browser paint and take input while it estimates.
 *
 * @param pause resolves when the caller is ready for the next slice
 */
export async function estimateReachWithPauses(
  inputs: ModelInputs,
  pause: () => Promise<void>,
  rng: Rng = createRng(inputs.seed),
): Promise<ReachEstimate> {
  const steps = estimateReachInSteps(inputs, rng);
  let step = steps.next();
  for (; !step.done; step = steps.next()) await pause();
  return step.value;
}
