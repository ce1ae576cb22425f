import { describe, expect, it } from 'vitest';
import { makeReachScale } from '../../../src/charts/geometry/makeReachScale';
import type { RowLayout } from '../../../src/charts/geometry/makeRowLayout';
import { placeReachRows, reachLabelText } from '../../../src/charts/geometry/placeReachRows';
import { makeScopeRecord, SMALL_MIDDLE_LARGE } from '../makeScopeRecord';

/** 900 px for 1 to 1 billion: x = 100 × log10(people). Labels are 12 px: 7.8 px a character. */
const LAYOUT: RowLayout = {
  widthPx: 1140,
  stacked: false,
  plotLeftPx: 228,
  plotWidthPx: 900,
  nameWidthPx: 200,
  nameMaxLines: 3,
  nameXPx: -214,
  nameFontSizePx: 13,
  labelFontSizePx: 12,
  lineHeightPx: 16,
  barHeightPx: 14,
  rowGapPx: 10,
};
const { scale } = makeReachScale(1e9, 900);
const log = (people: number) => 100 * Math.log10(people);

describe('reachLabelText', () => {
  it.each([
    [{ median: 4, p05: 4, p95: 4 }, '4'],
    [{ median: 100_271_000, p05: 100_271_000, p95: 100_271_000 }, '100,271,000'],
    [{ median: 3578, p05: 3313, p95: 3847 }, '≈ 3,580 (3,310–3,850)'],
    [{ median: 203_987_396, p05: 196_448_832, p95: 211_743_982 }, '≈ 204 million (196–212 million)'],
    // An estimate whose interval rounds away is still marked as an estimate.
    [{ median: 3578, p05: 3577, p95: 3579 }, '≈ 3,580'],
  ])('reachLabelText(%o) is %j', (reach, expected) => {
    expect(reachLabelText(reach)).toBe(expected);
  });
});

describe('placeReachRows', () => {
  const { rows, bottomPx } = placeReachRows(SMALL_MIDDLE_LARGE, scale, LAYOUT, 20);

  it('places an exact count: a dot only, no core marker or interval, the label right of it', () => {
    const named = rows[0]!;
    expect(named).toMatchObject({ id: 'named', exact: true, coreXPx: undefined, interval: undefined });
    expect(named.relativesShare).toBe(0);
    expect(named.medianXPx).toBeCloseTo(log(4), 6); // 60.206
    expect(named.label).toMatchObject({ lines: ['4'], textAnchor: 'start', placement: 'right', yPx: 32 });
    expect(named.label.xPx).toBeCloseTo(66.21, 2);
    expect(named.summary).toBe('Named officials: 4 people');
  });

  it('marks an estimate at its median, the people sanctioned directly apart, with its interval', () => {
    const cc = rows[1]!;
    expect(cc.exact).toBe(false);
    expect(cc.coreXPx).toBeCloseTo(257.52, 2); // log10(376) × 100
    expect(cc.medianXPx).toBeCloseTo(355.36, 2); // log10(3578) × 100
    expect(cc.relativesShare).toBeCloseTo(1 - 376 / 3578, 6);
    expect(cc.interval?.x0Px).toBeCloseTo(352.02, 2); // log10(3313) × 100
    expect(cc.interval?.x1Px).toBeCloseTo(358.51, 2); // log10(3847) × 100
    // Right of the interval's end: 358.512 + 6; 21 characters (163.8 px) end well inside 900 px.
    expect(cc.label).toMatchObject({ lines: ['≈ 3,580 (3,310–3,850)'], placement: 'right' });
    expect(cc.label.xPx).toBeCloseTo(364.51, 2);
    expect(cc.summary).toBe(
      'Central Committee and adult family: about 3,580 people (3,310–3,850), 89% of them covered relatives',
    );
  });

  it('moves a label that would run past the plot to a line below, ending under the interval', () => {
    const members = rows[2]!;
    expect(members.interval?.x1Px).toBeCloseTo(832.58, 2); // log10(211,743,982) × 100
    // 832.6 + 6 + 31 × 7.8 = 1080.4 > 900: below the bar, anchored at its end.
    expect(members.label).toMatchObject({
      lines: ['≈ 204 million (196–212 million)'],
      textAnchor: 'end',
      placement: 'below',
    });
    expect(members.label.xPx).toBeCloseTo(832.58, 2);
    expect(members.label.box.leftPx).toBeCloseTo(832.58 - 241.8, 2);
  });

  it('stacks the rows: 16 px each, 10 px apart, and a row with a label below 32 px', () => {
    // Named officials: one line (20–36); CC and adult family: "Central Committee and" /
    // "adult family" at 200 px (62–94); members: two name lines and a label line (104–136).
    expect(rows.map((row) => [row.topPx, row.bottomPx])).toEqual([
      [20, 36],
      [46, 78],
      [88, 120],
    ]);
    expect(bottomPx).toBe(120);
    expect(rows.map((row) => row.barTopPx)).toEqual([21, 47, 89]);
  });

  it('clamps counts below 1 person to the left edge', () => {
    const [tiny] = placeReachRows([makeScopeRecord('t', 'Tiny', 0.2, [0.4, 0.1, 0.9])], scale, LAYOUT, 0).rows;
    expect(tiny).toMatchObject({ coreXPx: undefined, medianXPx: 0 });
    expect(tiny?.interval).toEqual({ x0Px: 0, x1Px: 0 });
  });

  it('never places the core past the median reach', () => {
    const [row] = placeReachRows([makeScopeRecord('w', 'Waived', 500, [400, 350, 450])], scale, LAYOUT, 0).rows;
    expect(row?.coreXPx).toBeUndefined();
    expect(row?.medianXPx).toBeCloseTo(log(400), 6);
    expect(row?.relativesShare).toBe(0);
  });
});
