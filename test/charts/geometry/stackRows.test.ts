import { describe, expect, it } from 'vitest';
import type { RowLayout } from '../../../src/charts/geometry/makeRowLayout';
import { stackRows } from '../../../src/charts/geometry/stackRows';

/** A wide layout with round numbers: 10 px text is 6.5 px a character. */
const WIDE: RowLayout = {
  widthPx: 700,
  stacked: false,
  plotLeftPx: 200,
  plotWidthPx: 480,
  nameWidthPx: 130,
  nameMaxLines: 3,
  nameXPx: -190,
  nameFontSizePx: 10,
  labelFontSizePx: 10,
  barHeightPx: 14,
  rowGapPx: 10,
};
const STACKED: RowLayout = { ...WIDE, stacked: true, plotLeftPx: 10, nameWidthPx: 480, nameMaxLines: 2, nameXPx: 0 };

describe('stackRows', () => {
  it('puts the label right of the marks when it fits, on the bar line', () => {
    // "24" is 13 px: 100 + 6 + 13 ≤ 480.
    const { rows, bottomPx } = stackRows([{ id: 'a', name: 'Politburo', marksEndPx: 100, labelText: '24' }], WIDE, 20);
    expect(rows[0]).toMatchObject({
      nameMark: { lines: ['Politburo'], xPx: -190, yPx: 32 },
      detailMark: undefined,
      topPx: 20,
      bottomPx: 36,
      barTopPx: 21,
      barMiddlePx: 28,
      label: { lines: ['24'], xPx: 106, yPx: 32, textAnchor: 'start', placement: 'right' },
    });
    expect(bottomPx).toBe(36);
  });

  it('puts the label on its own line below when it would run past the plot, ending under the marks', () => {
    // 20 characters = 130 px; 400 + 6 + 130 > 480.
    const { rows } = stackRows([{ id: 'a', name: 'Big', marksEndPx: 400, labelText: '≈ 204 million (1–2)' }], WIDE, 0);
    expect(rows[0]?.label).toMatchObject({ xPx: 400, yPx: 28, textAnchor: 'end', placement: 'below' });
    expect(rows[0]?.label?.box).toEqual({ leftPx: 400 - 19 * 6.5, rightPx: 400, topPx: 16, bottomPx: 32 });
    expect(rows[0]?.bottomPx).toBe(32);
  });

  it('starts a label below at the plot edge when the marks end too far left for it', () => {
    const text = 'x'.repeat(70); // 455 px: fits the plot, not right of marks at 30 px
    const { rows } = stackRows([{ id: 'a', name: 'A', marksEndPx: 30, labelText: text }], WIDE, 0);
    expect(rows[0]?.label).toMatchObject({ xPx: 455, textAnchor: 'end', placement: 'below' });
  });

  it('breaks a label wider than the plot before its interval', () => {
    const layout = { ...WIDE, plotWidthPx: 150 };
    // 31 characters = 201.5 px > 150; "≈ 204 million" (13) and "(196–212 million)" (17) fit.
    const { rows } = stackRows(
      [{ id: 'a', name: 'A', marksEndPx: 140, labelText: '≈ 204 million (196–212 million)' }],
      layout,
      0,
    );
    expect(rows[0]?.label).toMatchObject({
      lines: ['≈ 204 million', '(196–212 million)'],
      xPx: 140,
      textAnchor: 'end',
    });
    expect(rows[0]?.bottomPx).toBe(48);
  });

  it('stacks rows with a gap, each as tall as its name or its label needs', () => {
    const { rows, bottomPx } = stackRows(
      [
        // 20 characters a line: "Central Committee", "and its adult family", "members"
        { id: 'a', name: 'Central Committee and its adult family members', marksEndPx: 10, labelText: '1' },
        // "100,271,000" is 71.5 px: no room right of 470 px, so it takes a line below.
        { id: 'b', name: 'B', marksEndPx: 470, labelText: '100,271,000' },
        { id: 'c', name: 'C', marksEndPx: 10, labelText: '7' },
      ],
      WIDE,
      0,
    );
    expect(rows.map((row) => [row.topPx, row.bottomPx])).toEqual([
      [0, 48],
      [58, 90],
      [100, 116],
    ]);
    expect(rows[0]?.nameMark.lines).toEqual(['Central Committee', 'and its adult family', 'members']);
    expect(bottomPx).toBe(116);
  });

  it('puts the name on its own line above the bar when stacked', () => {
    const { rows } = stackRows([{ id: 'a', name: 'Politburo', marksEndPx: 100, labelText: '24' }], STACKED, 0);
    expect(rows[0]).toMatchObject({
      nameMark: { xPx: 0, yPx: 12 },
      barTopPx: 17,
      barMiddlePx: 24,
      bottomPx: 32,
      label: { yPx: 28, placement: 'right' },
    });
  });

  it('cuts a name longer than its lines with "…"', () => {
    const layout = { ...WIDE, nameMaxLines: 1 };
    const { rows } = stackRows(
      [{ id: 'a', name: 'Members and extended family', marksEndPx: 0, labelText: '1' }],
      layout,
      0,
    );
    expect(rows[0]).toMatchObject({ nameMark: { lines: ['Members and…'] } });
  });

  it('puts muted detail lines under the name, and leaves out the label when there is no text', () => {
    const { rows } = stackRows([{ id: 'a', name: 'Married share', detail: '85%–94%', marksEndPx: 0 }], STACKED, 0);
    // Name 0–16, detail 16–32, then the bar's own line 32–48.
    expect(rows[0]).toMatchObject({
      detailMark: { lines: ['85%–94%'], xPx: 0, yPx: 28, fontSizePx: 10 },
      barTopPx: 33,
      bottomPx: 48,
      label: undefined,
    });
  });

  it('returns no rows and the top as the bottom for no input', () => {
    expect(stackRows([], WIDE, 12)).toEqual({ rows: [], bottomPx: 12 });
  });
});
