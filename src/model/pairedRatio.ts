import type { ReachEstimate } from './estimateReach';
import { findingPair, ratioKey, type PreferredPair } from './findingPair';
import { summarizeSample, type Interval } from './interval';

/**
 * How many times one scope's reach is another's, draw by draw: every scope reads the same random
 * numbers in the same draw (see `SCOPE_SLOTS`), so the ratio's interval keeps what the two share
 * (family size, mortality) out of the spread, which the ratio of two separate intervals would not.
 *
 * @param numerator one value per draw, persons
 * @param denominator one value per draw of the same estimate, persons, above 0
 * @returns the ratio's median and 90% interval (dimensionless), or undefined when the draws do not
 *   pair up or a denominator is not above 0
 */
export function pairedRatio(numerator: Float64Array, denominator: Float64Array): Interval | undefined {
  const n = numerator.length;
  if (n === 0 || denominator.length !== n) return undefined;
  const ratios = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const below = denominator[i]!;
    if (!(below > 0)) return undefined;
    ratios[i] = numerator[i]! / below;
  }
  return summarizeSample(ratios);
}

/** The ratio of two scopes' reach (by index) from an estimate's paired draws: `describeFinding`'s `ratioOf`. */
export function drawsRatio(estimate: ReachEstimate): (focus: number, base: number) => Interval | undefined {
  return (focus, base) =>
    pairedRatio(estimate.scopes[focus]!.draws.peopleReached, estimate.scopes[base]!.draws.peopleReached);
}

/**
 * The ratio a finding states (`findingPair`), read from the draws, by `ratioKey`.
 *
 * @returns one entry, or none when the finding compares nothing or a denominator is not above 0
 */
export function findingRatios(estimate: ReachEstimate, preferred?: PreferredPair): Record<string, Interval> {
  const { scopes } = estimate;
  const { focus, base } = findingPair(
    scopes.map((scope) => scope.id),
    scopes.map((scope) => scope.peopleReached.median),
    preferred,
  );
  const ratio = base === undefined ? undefined : drawsRatio(estimate)(focus, base);
  return ratio ? { [ratioKey(focus, base!)]: ratio } : {};
}

/** An estimate with the ratio its finding states, by `ratioKey` (`withRatios`). */
export type EstimateWithRatios = ReachEstimate & { ratios?: Record<string, Interval> };

/**
 * `estimate` with the ratio of the pair its finding compares (a preset's own, `preferred`):
 * made where the draws are (the worker), so the page's main thread never sorts a ratio per draw
 * while a reader types.
 */
export function withRatios(estimate: ReachEstimate, preferred?: PreferredPair): EstimateWithRatios {
  return { ...estimate, ratios: findingRatios(estimate, preferred) };
}
