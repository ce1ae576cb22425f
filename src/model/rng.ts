import { randomLcg } from 'd3-random';

/** A source of uniform random numbers in [0, 1). Every random function in the model takes one. */
export type Rng = () => number;

/** The largest seed; seeds are whole numbers from 0 to 2^32 - 1 so they survive JSON and URLs exactly. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * A seeded random source: the same seed always yields the same sequence, in Node and in every
 * browser, which is what makes a shared link reproduce the same interval.
 *
 * Uses d3-random's linear congruential generator (32-bit state).
 *
 * @param seed whole number, 0 to 2^32 - 1
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  }
  // d3's lcg reads seeds in [0, 1) as fractions of 2^32 and larger ones as integers; 0 is the only
  // integer that falls in the first case, and both readings give state 0 for it.
  return randomLcg(seed);
}
