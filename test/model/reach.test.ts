import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveReach, overlapAwareReach, shareOfRelativesInCore } from '../../src/model/reach';

const N = 1.4e9;

describe('naiveReach', () => {
  it.each([
    [92e6, 1.93, 269.56e6], // the US government's arithmetic
    [376, 7, 3008],
    [4, 0, 4],
    [0, 5, 0],
  ])('core %f with K %f is %f', (core, k, expected) => {
    expect(naiveReach(core, k)).toBeCloseTo(expected, 6);
  });
});

describe('shareOfRelativesInCore', () => {
  it.each([
    [0.0657, 1, 0.0657], // no clustering: q = p
    [0.0657, 2.5, (2.5 * 0.0657) / (1 - 0.0657 + 2.5 * 0.0657)], // about 0.15, the method notes' q
    [0, 3, 0],
    [1, 3, 1],
  ])('p %f with odds ratio %f is %f', (p, odds, expected) => {
    expect(shareOfRelativesInCore(p, odds)).toBeCloseTo(expected, 12);
  });

  it('gives the method notes q of about 0.15 for 92 million members with odds ratio 2.5', () => {
    const q = shareOfRelativesInCore(92e6 / N, 2.5);
    expect(q).toBeGreaterThan(0.14);
    expect(q).toBeLessThan(0.16);
  });
});

describe('overlapAwareReach', () => {
  it.each([
    // Hand-computed: λ = pK / (1 - p + ρp), reach = core + (N - core)(1 - e^-λ).
    { core: 92e6, k: 1.3, odds: 2.5 },
    { core: 376, k: 8, odds: 2 },
    { core: 700e6, k: 6, odds: 3 },
  ])('matches the formula for core $core, K $k, odds ratio $odds', ({ core, k, odds }) => {
    const p = core / N;
    const lambda = (p * k) / (1 - p + odds * p);
    const expected = core + (N - core) * (1 - Math.exp(-lambda));
    expect(overlapAwareReach(core, k, N, odds).peopleReached).toBeCloseTo(expected, 0);
  });

  it('is core (1 + K (1 - q)) for a small scope', () => {
    const reach = overlapAwareReach(376, 8, N, 2).peopleReached;
    const q = shareOfRelativesInCore(376 / N, 2); // about 5e-7
    // The Poisson term takes off another L^2 / 2N, about 0.003 people here.
    expect(Math.abs(reach - 376 * (1 + 8 * (1 - q)))).toBeLessThan(0.01);
  });

  it('adds no one with no relatives covered', () => {
    expect(overlapAwareReach(92e6, 0, N, 2.5)).toEqual({ peopleReached: 92e6, relativesReached: 0 });
  });

  it('reaches everyone when the core is the whole population', () => {
    expect(overlapAwareReach(N, 5, N, 2).peopleReached).toBe(N);
  });

  const scope = fc.record({
    coreShare: fc.double({ min: 0, max: 1, noNaN: true }),
    k: fc.double({ min: 0, max: 30, noNaN: true }),
    odds: fc.double({ min: 1, max: 20, noNaN: true }),
  });

  it('never exceeds the population or the naive count, and never falls below the core', () => {
    fc.assert(
      fc.property(scope, ({ coreShare, k, odds }) => {
        const core = coreShare * N;
        const { peopleReached } = overlapAwareReach(core, k, N, odds);
        expect(peopleReached).toBeLessThanOrEqual(N);
        // Relative rounding slack, plus a millionth of a person for subnormal cores (fast-check finds them).
        expect(peopleReached).toBeLessThanOrEqual(naiveReach(core, k) * (1 + 1e-12) + 1e-6);
        expect(peopleReached).toBeGreaterThanOrEqual(core);
      }),
    );
  });

  it('rises with relatives per member and with core size, and falls with clustering', () => {
    fc.assert(
      fc.property(
        scope,
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        ({ coreShare, k, odds }, extraK, extraShare) => {
          const core = coreShare * N;
          const base = overlapAwareReach(core, k, N, odds).peopleReached;
          const slack = 1e-9 * N;
          expect(overlapAwareReach(core, k + extraK, N, odds).peopleReached).toBeGreaterThanOrEqual(base - slack);
          const biggerCore = Math.min(N, core + extraShare * N);
          expect(overlapAwareReach(biggerCore, k, N, odds).peopleReached).toBeGreaterThanOrEqual(base - slack);
          expect(overlapAwareReach(core, k, N, odds + 1).peopleReached).toBeLessThanOrEqual(base + slack);
        },
      ),
    );
  });
});
