import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH_EM, estimateTextWidth } from '../../../src/charts/geometry/estimateTextWidth';

describe('estimateTextWidth', () => {
  it.each([
    ['', 12, 0],
    ['Germany 83.5M', 11, 13 * 11 * 0.65],
    // "≈" and "–" are one code point each, and count once.
    ['≈ 3,580 (3,310–3,850)', 12, 21 * 12 * 0.65],
  ])('estimateTextWidth(%j, %d) is %d px', (text, fontSizePx, expected) => {
    expect(estimateTextWidth(text, fontSizePx)).toBeCloseTo(expected, 9);
  });

  it('assumes 0.65 em a character', () => {
    expect(CHAR_WIDTH_EM).toBe(0.65);
  });
});
