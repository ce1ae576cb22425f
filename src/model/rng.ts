/** A source of uniform random numbers in [0, 1). Every random function in the model takes one. */
export type Rng = () => number;

/** The multiplier and increment of Numerical Recipes' LCG, as d3-random uses them. */
const LCG_MUL = 0x19660d;
const LCG_INC = 0x3c6ef35f;

/** The largest seed; seeds are whole numbers from 0 to 2^32 - 1 so they survive JSON and URLs exactly. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * A seeded random source: the same seed always yields the same sequence, in Node and in every
 * browser, which is what makes a shared link reproduce the same interval.
 *
 * A linear congruential generator with 32-bit state, d3-random's `randomLcg` to the bit (a test
 * compares them): written out here, since the package's bundle cost every page its seventeen other
 * distributions unless a build plugin rewrote it.
 *
 * @param seed whole number, 0 to 2^32 - 1
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  }
  // d3's lcg reads seeds in [0, 1) as fractions of 2^32 and larger ones as integers (0 is the only
  // whole seed in the first case, and both readings give it state 0), truncated to 32 bits.
  let state = seed | 0;
  // mul × state stays below 2^53, so it is exact before `| 0` wraps it to 32 bits.
  return () => ((state = (LCG_MUL * state + LCG_INC) | 0), (state >>> 0) / 2 ** 32);
}
