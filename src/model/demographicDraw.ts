import { DEMOGRAPHIC_KEYS, FAMILY_SIZE_KEYS } from './demographicParameters';
import { normalCdf, normalQuantile } from './normal';
import type { Range } from './range';
import { triangularQuantile } from './triangularQuantile';

/** For each index in `DEMOGRAPHIC_KEYS`, whether that input's draws move with the others. */
const IS_FAMILY_SIZE = Uint8Array.from(DEMOGRAPHIC_KEYS, (key) => (FAMILY_SIZE_KEYS.includes(key) ? 1 : 0));

/** Keeps a uniform number off 0 and 1, where the normal quantile is infinite. */
function open(u: number): number {
  return Math.min(Math.max(u, 1e-12), 1 - 1e-12);
}

/**
 * One draw of every demographic input from its uniform random numbers.
 *
 * The family-size inputs (marriage and fertility, `FAMILY_SIZE_KEYS`) are correlated through a
 * one-factor Gaussian copula: each one's uniform u becomes Φ(√r z₀ + √(1 − r) Φ⁻¹(u)), where z₀ =
 * Φ⁻¹(u₀) is shared by all of them in the draw, so any two have a normal-scale correlation r.
 * Each input's own distribution stays its triangular range; only how they move together changes.
 * With r = 0 the uniforms are used as they are, and the draw is the independent one.
 *
 * @param uniforms the run's uniforms (see `drawUniforms`)
 * @param offset index of this draw's first demographic uniform
 * @param factorSlot index of this draw's shared-factor uniform
 * @param ranges one range per `DEMOGRAPHIC_KEYS` entry, in that order
 * @param correlation r, 0-1
 * @param out receives the values, indexed by `DEMOGRAPHIC_INDEX`
 */
export function drawDemographics(
  uniforms: Float64Array,
  offset: number,
  factorSlot: number,
  ranges: readonly Range[],
  correlation: number,
  out: Float64Array,
): void {
  const shared = correlation > 0 ? Math.sqrt(correlation) * normalQuantile(open(uniforms[factorSlot]!)) : 0;
  const own = Math.sqrt(1 - correlation);
  for (let k = 0; k < DEMOGRAPHIC_KEYS.length; k++) {
    const range = ranges[k]!;
    let u = uniforms[offset + k]!;
    // An exact range gives its value whatever u is: no need to correlate it.
    if (correlation > 0 && IS_FAMILY_SIZE[k] === 1 && range.low !== range.high) {
      u = normalCdf(shared + own * normalQuantile(open(u)));
    }
    out[k] = triangularQuantile(u, range);
  }
}
