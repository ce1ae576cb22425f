import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/charts/geometry/estimateTextWidth';
import { wrapText } from '../../../src/charts/geometry/wrapText';

// At 10 px a character is 6.5 px wide, so a 65 px line holds 10 characters (a Chinese one, 10 px: 6).
describe('wrapText', () => {
  it.each([
    ['Politburo', 65, 2, ['Politburo']],
    ['Central Committee', 65, 2, ['Central', 'Committee']],
    ['All Party members and families', 65, 2, ['All Party', 'members…']],
    ['Supercalifragilistic', 65, 3, ['Supercalif', 'ragilistic']],
    ['', 65, 2, []],
    // Chinese breaks between characters, needing no spaces, each a full em.
    ['中央委员会委员及其成年家庭成员', 65, 3, ['中央委员会委', '员及其成年家', '庭成员']],
    ['中央委员会委员及其成年家庭成员', 65, 2, ['中央委员会委', '员及其成年…']],
    // A comma never starts a line; a bracket never ends one.
    ['中央委员会委，员', 65, 3, ['中央委员会', '委，员']],
    ['中央委员会（委员）', 65, 3, ['中央委员会', '（委员）']],
    // Mixed: the number and its unit part only where a line must break.
    ['约 3,610 人（3,350–3,890）', 100, 3, ['约 3,610 人', '（3,350–3,890）']],
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

  it('keeps every character, in order, within the width, for any mix of words and Chinese', () => {
    const char = fc.constantFrom(...'ab cd ef 中央委员，（）,.'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), fc.integer({ min: 20, max: 300 }), (chars, widthPx) => {
        const text = chars.join('');
        const lines = wrapText(text, widthPx, 10);
        // A line is cut only where it must be: a piece that cannot fit is cut to the width.
        for (const line of lines) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(widthPx);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        const truncated = wrapText(text, widthPx, 10, 2);
        expect(truncated.length).toBeLessThanOrEqual(2);
        for (const line of truncated) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(widthPx);
      }),
    );
  });
});
