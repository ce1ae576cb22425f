import fc from 'fast-check';
import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { createRng, MAX_SEED } from '../../src/model/rng';

describe('createRng', () => {
  it("is d3-random's randomLcg to the bit, for any seed (so every pinned estimate stays as it was)", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(0, 1, 2 ** 31 - 1, 2 ** 31, MAX_SEED)
          .chain((edge) => fc.oneof(fc.constant(edge), fc.integer({ min: 0, max: MAX_SEED }))),
        (seed) => {
          const ours = createRng(seed);
          const d3 = randomLcg(seed);
          for (let i = 0; i < 200; i++) expect(ours()).toBe(d3());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it('gives different sequences for different seeds', () => {
    const a = createRng(1);
    const b = createRng(2);
    const same = Array.from({ length: 20 }, () => a() === b()).filter(Boolean).length;
    expect(same).toBeLessThan(2);
  });

  it.each([0, 1, 2026, MAX_SEED])('seed %i yields numbers in [0, 1)', (seed) => {
    const rng = createRng(seed);
    for (let i = 0; i < 1000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('is uniform: mean 1/2 and variance 1/12 over 50,000 draws, consecutive draws uncorrelated', () => {
    const rng = createRng(20200709);
    const n = 50_000;
    let sum = 0;
    let sumSq = 0;
    let lagProduct = 0;
    let previous = rng();
    for (let i = 0; i < n; i++) {
      const x = rng();
      sum += x;
      sumSq += x * x;
      lagProduct += (x - 0.5) * (previous - 0.5);
      previous = x;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005); // standard error 0.0013
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
    expect(Math.abs(lagProduct / n / (1 / 12))).toBeLessThan(0.02); // lag-1 correlation
  });

  it.each([-1, 1.5, MAX_SEED + 1, Number.NaN])('refuses seed %f', (seed) => {
    expect(() => createRng(seed)).toThrow(RangeError);
  });
});
