import { sampleRankCorrelation } from 'simple-statistics';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../data/demographicAssumptions';
import { DEMOGRAPHIC_KEYS, type DemographicKey } from './demographicParameters';
import { drawDemographics } from './demographicDraw';
import { drawUniforms } from './drawUniforms';
import { estimateReach, SCOPE_SLOTS, SLOTS_PER_DRAW, type ReachEstimate } from './estimateReach';

/** Index, within a draw, of the factor the family-size inputs share. */
const FAMILY_SIZE_FACTOR_SLOT = DEMOGRAPHIC_KEYS.length + SCOPE_SLOTS.indexOf('familySizeFactor');
import type { ModelInputs, ScopeInputs } from './modelInputs';
import { exactRange, isExact, type Range } from './range';
import { createRng } from './rng';
import { triangularQuantile } from './triangularQuantile';

/** The scope inputs a sensitivity analysis varies, besides the demographic ones. */
export type ScopeInputKey = 'basePeople' | 'conductShare' | 'waiverShare';

/** Every uncertain input the people reached depend on (instrument exposures do not change it). */
export type SensitivityKey = DemographicKey | ScopeInputKey;

/** How the scope inputs are named in tables and charts, with their units. */
export const SCOPE_INPUT_LABELS: { readonly [K in ScopeInputKey]: { label: string; unit: string } } = {
  basePeople: { label: 'People in the base group', unit: 'persons' },
  conductShare: { label: 'Share meeting the legal test', unit: 'share (0-1)' },
  waiverShare: { label: 'Share escaping by a waiver', unit: 'share (0-1)' },
};

/** One uncertain input of a scope, swung from its low to its high value with every other at its mode. */
export interface TornadoBar {
  key: SensitivityKey;
  /** The input's name, e.g. "Married share, members aged 31-60". */
  label: string;
  /** The input's unit, e.g. "share (0-1)", "persons", "years". */
  unit: string;
  /** The input's lowest plausible, most likely and highest plausible value, in `unit`. */
  lowValue: number;
  modeValue: number;
  highValue: number;
  /** People reached with this input at `lowValue` and every other at its mode, persons. */
  reachAtLow: number;
  /** People reached with this input at `highValue` and every other at its mode, persons. */
  reachAtHigh: number;
  /** People reached with every input at its mode, persons (the same on every bar of a scope). */
  baseReach: number;
  /** |reachAtHigh − reachAtLow|, persons: what the bars are ranked by. */
  swing: number;
}

/** How strongly one uncertain input moves a scope's reach across the Monte Carlo draws. */
export interface RankCorrelation {
  key: SensitivityKey;
  label: string;
  unit: string;
  /**
   * Spearman's rank correlation between the input's per-draw values and the scope's per-draw
   * people reached, −1 to 1 (positive: reach rises with the input). 0 when the reach does not vary
   * at all, where the coefficient is undefined.
   */
  rho: number;
}

/** One uncertain input: where its range comes from and which uniform slot of a draw it reads. */
interface UncertainInput {
  key: SensitivityKey;
  label: string;
  unit: string;
  range: Range;
  /** Index within a draw's `SLOTS_PER_DRAW` uniforms (see `estimateReach`). */
  slot: number;
}

const SCOPE_INPUT_KEYS: readonly ScopeInputKey[] = ['basePeople', 'conductShare', 'waiverShare'];

function scopeOrThrow(inputs: ModelInputs, scopeId: string): ScopeInputs {
  const scope = inputs.scopes.find((candidate) => candidate.id === scopeId);
  if (!scope) throw new RangeError(`no scope with id ${scopeId}`);
  return scope;
}

/**
 * The inputs of a scope that are ranges rather than exact values, in the order a draw reads them:
 * the demographic inputs, then base group, conduct share and waiver share.
 */
function uncertainInputs(inputs: ModelInputs, scope: ScopeInputs): UncertainInput[] {
  const demographic = DEMOGRAPHIC_KEYS.map((key, slot): UncertainInput => {
    const { label, unit } = DEMOGRAPHIC_ASSUMPTIONS[key];
    return { key, label, unit, range: inputs.demographic[key], slot };
  });
  const ofScope = SCOPE_INPUT_KEYS.map((key): UncertainInput => ({
    key,
    ...SCOPE_INPUT_LABELS[key],
    range: scope[key],
    slot: DEMOGRAPHIC_KEYS.length + SCOPE_SLOTS.indexOf(key),
  }));
  return [...demographic, ...ofScope].filter((input) => !isExact(input.range));
}

/**
 * A one-tornado sensitivity analysis of one scope: for each uncertain input (a demographic
 * assumption, the base group, the conduct share or the waiver share whose range is not exact), the
 * scope's overlap-aware reach with that input at its low and at its high value and every other
 * input at its most likely value (mode).
 *
 * Deterministic, no Monte Carlo: each reach is `estimateReach` run for one draw on inputs whose
 * every range is exact, so it goes through exactly the estimator's code (core, age-aware K,
 * overlap) and costs 1 + 2 × (uncertain inputs) single-draw runs. An input with no effect on this
 * scope (a demographic input when the scope covers no relatives) is listed with a swing of 0.
 *
 * @param inputs the resolved scenario (`resolveScenario`); its seed and samples are not used
 * @param scopeId the `id` of one of `inputs.scopes`
 * @returns one bar per uncertain input, largest swing first (ties keep the draw order)
 * @throws {RangeError} when no scope has `scopeId`
 */
export function tornado(inputs: ModelInputs, scopeId: string): TornadoBar[] {
  const scope = scopeOrThrow(inputs, scopeId);
  const modeDemographic = Object.fromEntries(
    DEMOGRAPHIC_KEYS.map((key) => [key, exactRange(inputs.demographic[key].mode)]),
  ) as Record<DemographicKey, Range>;
  const modeScope: ScopeInputs = {
    ...scope,
    basePeople: exactRange(scope.basePeople.mode),
    conductShare: exactRange(scope.conductShare.mode),
    waiverShare: exactRange(scope.waiverShare.mode),
    // Exposures change who runs into a measure, not who is reached; readings are not swung.
    instruments: [],
    readings: [],
  };
  const reachWith = (key: SensitivityKey | undefined, value: number): number => {
    const demographic = { ...modeDemographic };
    const single = { ...modeScope };
    if (key === 'basePeople' || key === 'conductShare' || key === 'waiverShare') single[key] = exactRange(value);
    else if (key !== undefined) demographic[key] = exactRange(value);
    // Every range is exact here, so how the draws would be correlated does not matter.
    const estimate = estimateReach({ seed: 0, samples: 1, demographic, familySizeCorrelation: 0, scopes: [single] });
    return estimate.scopes[0]!.peopleReached.median;
  };

  const baseReach = reachWith(undefined, 0);
  const bars = uncertainInputs(inputs, scope).map(({ key, label, unit, range }): TornadoBar => {
    const reachAtLow = reachWith(key, range.low);
    const reachAtHigh = reachWith(key, range.high);
    return {
      key,
      label,
      unit,
      lowValue: range.low,
      modeValue: range.mode,
      highValue: range.high,
      reachAtLow,
      reachAtHigh,
      baseReach,
      swing: Math.abs(reachAtHigh - reachAtLow),
    };
  });
  // Array.prototype.sort is stable, so equal swings keep the draw order.
  return bars.sort((a, b) => b.swing - a.swing);
}

/**
 * Spearman's rank correlation between each uncertain input of a scope and the scope's people
 * reached, over the draws of a Monte Carlo run: the share of the run's spread each input drives,
 * with every input varying at once (where the tornado varies one at a time).
 *
 * The per-draw input values are not stored by the estimator; they are drawn again from the same
 * seed exactly as `estimateReach` draws them (`createRng(seed)`, `drawUniforms`, then
 * `drawDemographics` and `triangularQuantile` of each input's slot), so `estimate` must come from
 * `estimateReach(inputs)` with its default random source.
 *
 * @param inputs the resolved scenario the estimate was run on
 * @param estimate `estimateReach(inputs)`
 * @param scopeId the `id` of one of `inputs.scopes`
 * @returns one coefficient per uncertain input, strongest (largest |rho|) first
 * @throws {RangeError} when no scope has `scopeId`, or the estimate was not run on `inputs`
 */
export function rankCorrelations(
  inputs: ModelInputs,
  estimate: Pick<ReachEstimate, 'seed' | 'samples'> & {
    scopes: readonly { id: string; draws: { peopleReached: Float64Array } }[];
  },
  scopeId: string,
): RankCorrelation[] {
  const scope = scopeOrThrow(inputs, scopeId);
  const scopeEstimate = estimate.scopes.find((candidate) => candidate.id === scopeId);
  if (!scopeEstimate || estimate.seed !== inputs.seed || estimate.samples !== inputs.samples) {
    throw new RangeError(`the estimate was not run on these inputs (scope ${scopeId})`);
  }
  const samples = inputs.samples;
  const uniforms = drawUniforms(createRng(inputs.seed), samples, SLOTS_PER_DRAW);
  const demographicRanges = DEMOGRAPHIC_KEYS.map((key) => inputs.demographic[key]);
  // The demographic values of every draw, drawn exactly as the estimator draws them (correlated).
  const demographicValues = Array.from({ length: samples }, (_, draw) => {
    const values = new Float64Array(DEMOGRAPHIC_KEYS.length);
    const offset = draw * SLOTS_PER_DRAW;
    drawDemographics(
      uniforms,
      offset,
      offset + FAMILY_SIZE_FACTOR_SLOT,
      demographicRanges,
      inputs.familySizeCorrelation,
      values,
    );
    return values;
  });
  const reached = Array.from(scopeEstimate.draws.peopleReached);
  const reachVaries = reached.some((value) => value !== reached[0]);

  const correlations = uncertainInputs(inputs, scope).map(({ key, label, unit, range, slot }): RankCorrelation => {
    if (!reachVaries || samples < 2) return { key, label, unit, rho: 0 };
    const values = new Array<number>(samples);
    for (let draw = 0; draw < samples; draw++) {
      values[draw] =
        slot < DEMOGRAPHIC_KEYS.length
          ? demographicValues[draw]![slot]!
          : triangularQuantile(uniforms[draw * SLOTS_PER_DRAW + slot]!, range);
    }
    const rho = sampleRankCorrelation(values, reached);
    // Rounding can put a perfect correlation a hair outside [−1, 1]; an input that takes one value
    // on every draw (not possible for a non-exact range, but cheap to guard) gives NaN.
    return { key, label, unit, rho: Number.isNaN(rho) ? 0 : Math.min(1, Math.max(-1, rho)) };
  });
  return correlations.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho));
}

/** What drives one scope's range: the tornado (one input at a time) and the rank correlations (all at once). */
export interface ScopeSensitivity {
  bars: TornadoBar[];
  correlations: RankCorrelation[];
}

/**
 * The sensitivity panel's numbers for one scope, on the draws the chart shows: named once, and
 * run in the page's worker (or, without one, on the page).
 *
 * @param peopleReached the scope's draws from `estimateReach(inputs)`, persons
 */
export function analyseScope(inputs: ModelInputs, scopeId: string, peopleReached: Float64Array): ScopeSensitivity {
  const estimate = { seed: inputs.seed, samples: inputs.samples, scopes: [{ id: scopeId, draws: { peopleReached } }] };
  return { bars: tornado(inputs, scopeId), correlations: rankCorrelations(inputs, estimate, scopeId) };
}
