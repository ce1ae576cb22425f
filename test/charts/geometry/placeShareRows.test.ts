import { describe, expect, it } from 'vitest';
import type { RowLayout } from '../../../src/charts/geometry/makeRowLayout';
import { placeShareRows, shareAxisEnd, shareOf } from '../../../src/charts/geometry/placeShareRows';
import { makeScopeRecord, SMALL_MIDDLE_LARGE } from '../makeScopeRecord';

/** A 400 px plot: 4 px a percentage point. Labels are 12 px: 7.8 px a character. */
const LAYOUT: RowLayout = {
  widthPx: 640,
  stacked: false,
  plotLeftPx: 228,
  plotWidthPx: 400,
  nameWidthPx: 200,
  nameMaxLines: 3,
  nameXPx: -214,
  nameFontSizePx: 13,
  labelFontSizePx: 12,
  lineHeightPx: 16,
  barHeightPx: 14,
  rowGapPx: 10,
};

describe('shareAxisEnd', () => {
  it.each([
    [0.145, 0.15],
    [0.15, 0.15],
    [0.151, 0.2],
    [0.0000017, 0.0001],
    [0.43, 0.5],
    [0.99, 1],
  ])('a largest share of %f ends the axis at %f', (p95, end) => {
    const record = makeScopeRecord('x', 'X', 1, [p95 * 1_408_280_000, p95 * 1_408_280_000, p95 * 1_408_280_000]);
    expect(shareAxisEnd([record], 'population', false)).toBeCloseTo(end, 12);
  });

  it('is 100% when asked for', () => expect(shareAxisEnd(SMALL_MIDDLE_LARGE, 'population', true)).toBe(1));
});

describe('placeShareRows', () => {
  // Fitted to the data: the members' p95 (15.04%) ends the axis at 20%.
  const placed = placeShareRows(SMALL_MIDDLE_LARGE, 'population', LAYOUT, 0);
  const full = placeShareRows(SMALL_MIDDLE_LARGE, 'population', LAYOUT, 0, true);

  it('fits the axis to the data: 0 to 20%, round gridlines, end labels pulled inside', () => {
    expect(placed.gridlines.map((g) => [g.label, g.textAnchor])).toEqual([
      ['0%', 'start'],
      ['5%', 'middle'],
      ['10%', 'middle'],
      ['15%', 'middle'],
      ['20%', 'end'],
    ]);
    expect(placed.gridlines.at(-1)!.xPx).toBe(400);
    // The largest bar fills most of the plot (14.5 of 20%), not a seventh of it.
    expect(placed.rows[2]!.bar.x1Px / 400).toBeCloseTo(0.7243, 3);
  });

  it('draws the whole 0–100% when asked: gridlines at 0, 25, 50, 75 and 100%', () => {
    expect(full.gridlines).toEqual([
      { share: 0, xPx: 0, label: '0%', textAnchor: 'start' },
      { share: 0.25, xPx: 100, label: '25%', textAnchor: 'middle' },
      { share: 0.5, xPx: 200, label: '50%', textAnchor: 'middle' },
      { share: 0.75, xPx: 300, label: '75%', textAnchor: 'middle' },
      { share: 1, xPx: 400, label: '100%', textAnchor: 'end' },
    ]);
  });

  it('draws a bar to the median share with its 90% interval and a direct label', () => {
    const members = full.rows[2]!;
    // 203,987,396 / 1,408,280,000 = 14.485% → 57.94 px; 13.950% and 15.036% → 55.80 and 60.14 px.
    expect(members.bar.x0Px).toBe(0);
    expect(members.bar.x1Px).toBeCloseTo(57.94, 2);
    expect(members.interval?.x0Px).toBeCloseTo(55.8, 2);
    expect(members.interval?.x1Px).toBeCloseTo(60.14, 2);
    expect(members.label).toMatchObject({ lines: ['14.5% (13.9–15.0%)'], placement: 'right', textAnchor: 'start' });
    expect(members.label.xPx).toBeCloseTo(66.14, 2);
    expect(members.summary).toBe(
      "\u2068All members, spouses and children under 21\u2069: 14.5% (13.9–15.0%) of China's population",
    );
  });

  it('labels an exact share without an interval', () => {
    const named = full.rows[0]!;
    expect(named.interval).toBeUndefined();
    expect(named.label.lines).toEqual(['<0.01%']);
    expect(named.bar.x1Px).toBeCloseTo(0, 4);
  });

  it('reads the adults share for the adults basis', () => {
    const adults = placeShareRows(SMALL_MIDDLE_LARGE, 'adults', LAYOUT, 0, true);
    // 203,987,396 / (1,408,280,000 × 0.789) = 18.3585% → 73.43 px
    expect(adults.rows[2]?.bar.x1Px).toBeCloseTo(73.43, 2);
    expect(adults.rows[2]?.summary).toMatch(/of China's adults$/);
    expect(shareOf(SMALL_MIDDLE_LARGE[2]!, 'adults')).toBe(SMALL_MIDDLE_LARGE[2]!.shareOfAdults);
  });

  it('moves the label below when the bar reaches the right edge', () => {
    const all = makeScopeRecord('all', 'Everyone', 1e9, [1_400_000_000, 1_380_000_000, 1_408_280_000]);
    const [row] = placeShareRows([all], 'population', LAYOUT, 0).rows;
    expect(row?.label).toMatchObject({ placement: 'below', textAnchor: 'end', xPx: 400 });
  });
});
