import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthsUpToOffset, childrenAged } from '../../src/model/parentAgeAtBirth';

// Fuzhou 2020 births by mother's age, 15-19 ... 45-49: 66, 924, 2,638, 2,316, 833, 182, 39 (6,998).
// Mean age, each band's births spread evenly over its five years: Σ share × band middle = 30.092.
const MEAN = (66 * 17.5 + 924 * 22.5 + 2638 * 27.5 + 2316 * 32.5 + 833 * 37.5 + 182 * 42.5 + 39 * 47.5) / 6998;

describe('birthsUpToOffset', () => {
  it.each([
    [15 - MEAN, 0], // nobody gives birth before 15
    [20 - MEAN, 66 / 6998], // the whole 15-19 band
    [30 - MEAN, (66 + 924 + 2638) / 6998], // up to the end of 25-29
    [32.5 - MEAN, (66 + 924 + 2638 + 2316 / 2) / 6998], // half of 30-34
    [50 - MEAN, 1],
    [-40, 0],
    [40, 1],
  ])('offset %f from the mean covers a share %f of births', (offset, expected) => {
    expect(birthsUpToOffset(offset)).toBeCloseTo(expected, 12);
  });

  it('has mean 0: the generation gap is the mean age at birth', () => {
    // E[X] = ∫ (1[x > 0] − F(x)) dx over the support, summed in steps of a hundredth of a year.
    let mean = 0;
    for (let x = -20; x < 25; x += 0.01) mean += ((x >= 0 ? 1 : 0) - birthsUpToOffset(x + 0.005)) * 0.01;
    expect(mean).toBeCloseTo(0, 3);
  });

  it('never falls', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (x, dx) => {
          expect(birthsUpToOffset(x + dx)).toBeGreaterThanOrEqual(birthsUpToOffset(x));
        },
      ),
    );
  });
});

describe('childrenAged', () => {
  it('gives a 52-year-old father (gap 30) some children under 21: births at 32-37 years old', () => {
    // Under 21 means born when the parent was over 31: 52 − 21 − 30 = 1 year past the mean.
    const underTwentyOne = childrenAged(52, 1, 30, 0, 21);
    expect(underTwentyOne).toBeCloseTo(1 - birthsUpToOffset(1), 12);
    expect(underTwentyOne).toBeGreaterThan(0.3);
  });

  it('counts every child ever born, once, across the three age bands of a parent of 80', () => {
    const bands = [
      [0, 18],
      [18, 21],
      [21, Infinity],
    ] as const;
    const sum = bands.reduce((total, [lo, hi]) => total + childrenAged(80, 2.4, 27, lo, hi), 0);
    expect(sum).toBeCloseTo(2.4, 12);
    expect(childrenAged(80, 2.4, 27, 21, Infinity)).toBeCloseTo(2.4, 12); // all grown up
  });

  it('counts no children before the youngest age at birth (15 in the table, 15 − 30.09 + gap when shifted)', () => {
    expect(childrenAged(15 - MEAN + 27 - 0.01, 2, 27, 0, Infinity)).toBe(0);
    expect(childrenAged(15 - MEAN + 27 + 0.5, 2, 27, 0, Infinity)).toBeGreaterThan(0);
  });
});
