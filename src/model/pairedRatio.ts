import type { ReachEstimate } from './estimateReach';
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
