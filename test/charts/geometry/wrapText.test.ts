import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/charts/geometry/wrapText';

// At 10 px a character is 6.5 px wide, so a 65 px line holds 10 characters.
describe('wrapText', () => {
  it.each([
    ['Politburo', 65, 2, ['Politburo']],
    ['Central Committee', 65, 2, ['Central', 'Committee']],
    ['All Party members and families', 65, 2, ['All Party', 'members…']],
    ['Supercalifragilistic', 65, 3, ['Supercalif', 'ragilistic']],
    ['', 65, 2, []],
  ])('wrapText(%j, %d px, 10 px, %d lines)', (text, maxWidthPx, maxLines, lines) => {
    expect(wrapText(text, maxWidthPx, 10, maxLines)).toEqual(lines);
  });

  it('never returns a line wider than the width or more lines than allowed', () => {
    const text = 'All members, spouses and children under 21 in the Named officials (Global Magnitsky, July 2020)';
    for (const maxLines of [1, 2, 3]) {
      const lines = wrapText(text, 100, 13, maxLines);
      expect(lines.length).toBeLessThanOrEqual(maxLines);
      for (const line of lines) expect([...line].length * 13 * 0.65).toBeLessThanOrEqual(100);
    }
  });
});
