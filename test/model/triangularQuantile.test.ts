import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/model/rng';
import { triangularQuantile } from '../../src/model/triangularQuantile';

describe('triangularQuantile', () => {
  it.each([
    // u, low, mode, high, expected (hand-computed from the inverse CDF)
    [0, 0, 0.5, 1, 0],
    [1, 0, 0.5, 1, 1],
    [0.5, 0, 0.5, 1, 0.5],
    [0.125, 0, 0.5, 1, 0.25], // sqrt(0.125 * 1 * 0.5) = 0.25
    [0.875, 0, 0.5, 1, 0.75], // 1 - sqrt(0.125 * 1 * 0.5)
    [0.5, 0, 1, 1, Math.SQRT1_2], // mode at the top: sqrt(0.5 * 1 * 1)
    [0.5, 0, 0, 1, 1 - Math.SQRT1_2], // mode at the bottom
    [0.3, 2, 2, 2, 2], // exact value
  ])('u=%f on (%f, %f, %f) gives %f', (u, low, mode, high, expected) => {
    expect(triangularQuantile(u, { low, mode, high })).toBeCloseTo(expected, 12);
  });

  it('maps the mode share of u to the mode', () => {
    expect(triangularQuantile(0.25, { low: 10, mode: 20, high: 50 })).toBeCloseTo(20, 12);
  });

  it('stays within [low, high] and rises with u', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([low, width], modeShare, u1, u2) => {
          const range = { low, mode: low + modeShare * width, high: low + width };
          const [a, b] = u1 <= u2 ? [u1, u2] : [u2, u1];
          const x = triangularQuantile(a, range);
          const y = triangularQuantile(b, range);
          const slack = 1e-9 * (Math.abs(low) + width + 1);
          expect(x).toBeGreaterThanOrEqual(low - slack);
          expect(y).toBeLessThanOrEqual(range.high + slack);
          expect(x).toBeLessThanOrEqual(y + slack);
        },
      ),
    );
  });

  it('draws have the triangular mean (low + mode + high) / 3 (seeded, 20,000 draws)', () => {
    const rng = createRng(7);
    const range = { low: 1, mode: 2, high: 6 };
    let sum = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) sum += triangularQuantile(rng(), range);
    // sd of the distribution is about 1.08, so the mean's standard error is about 0.008.
    expect(sum / n).toBeCloseTo(3, 1);
    expect(Math.abs(sum / n - 3)).toBeLessThan(0.04);
  });
});
