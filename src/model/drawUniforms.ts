import type { Rng } from './rng';

/**
 * Uniform random numbers for a Monte Carlo run, draw-major: draw i reads slots
 * [i * slotCount, (i + 1) * slotCount). Because each draw takes the same number of values in the
 * same order, the first n draws of a longer run equal an n-draw run with the same seed, and adding
 * a scope never changes another scope's numbers.
 *
 * @param rng uniform source in [0, 1)
 * @param samples number of draws (1 or more)
 * @param slotCount random numbers per draw
 */
export function drawUniforms(rng: Rng, samples: number, slotCount: number): Float64Array {
  const uniforms = new Float64Array(samples * slotCount);
  for (let i = 0; i < uniforms.length; i++) uniforms[i] = rng();
  return uniforms;
}
