import type { Range } from './range';

/**
 * The inverse cumulative distribution function of the triangular distribution.
 *
 * Maps a uniform number `u` to the value below which a share `u` of the distribution lies, so a
 * uniform random draw becomes a triangular draw, and the same `u` gives paired draws across
 * scopes. https://en.wikipedia.org/wiki/Triangular_distribution#Generating_random_variates
 *
 * @param u probability, 0-1 inclusive
 * @param range low <= mode <= high, any unit
 * @returns a value in [low, high], in the range's unit
 * @example triangularQuantile(0.5, { low: 0, mode: 0.5, high: 1 }) // => 0.5
 */
export function triangularQuantile(u: number, range: Range): number {
  const { low, mode, high } = range;
  const width = high - low;
  if (width <= 0) return low;
  const modeShare = (mode - low) / width;
  if (u < modeShare) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
}
