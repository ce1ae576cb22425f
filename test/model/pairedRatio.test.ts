import { describe, expect, it } from 'vitest';
import { pairedRatio } from '../../src/model/pairedRatio';
import { createRng } from '../../src/model/rng';

describe('pairedRatio', () => {
  it.each([
    ['constant draws', [10, 10, 10], [2, 2, 2], { median: 5, p05: 5, p95: 5 }],
    [
      'a ratio that is the same in every draw, though both sides vary',
      [2, 4, 6, 8],
      [1, 2, 3, 4],
      { median: 2, p05: 2, p95: 2 },
    ],
    ['mismatched lengths', [1, 2], [1], undefined],
    ['a zero denominator', [1, 2], [1, 0], undefined],
    ['no draws', [], [], undefined],
  ])('%s', (_, numerator, denominator, expected) => {
    expect(pairedRatio(Float64Array.from(numerator), Float64Array.from(denominator))).toEqual(expected);
  });

  it('is narrower than the ratio of two unpaired intervals when both sides share a factor (seeded)', () => {
    const rng = createRng(7);
    const n = 10_000;
    const shared = Float64Array.from({ length: n }, () => 0.5 + rng());
    const numerator = shared.map((factor) => 900 * factor * (0.98 + 0.04 * rng()));
    const denominator = shared.map((factor) => factor);
    const ratio = pairedRatio(numerator, denominator)!;
    expect(ratio.median).toBeGreaterThan(890);
    expect(ratio.median).toBeLessThan(910);
    // The shared factor (0.5–1.5) cancels: the ratio's spread is the 4% noise alone.
    expect(ratio.p95 / ratio.p05).toBeLessThan(1.05);
  });
});
