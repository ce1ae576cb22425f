import { describe, expect, it } from 'vitest';
import type { RowLayout } from '../../../src/charts/geometry/makeRowLayout';
import { placeShareRows, shareOf } from '../../../src/charts/geometry/placeShareRows';
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

describe('placeShareRows', () => {
  const placed = placeShareRows(SMALL_MIDDLE_LARGE, 'population', LAYOUT, 0);

  it('draws gridlines at 0, 25, 50, 75 and 100%, end labels pulled inside', () => {
    expect(placed.gridlines).toEqual([
      { share: 0, xPx: 0, label: '0%', textAnchor: 'start' },
      { share: 0.25, xPx: 100, label: '25%', textAnchor: 'middle' },
      { share: 0.5, xPx: 200, label: '50%', textAnchor: 'middle' },
      { share: 0.75, xPx: 300, label: '75%', textAnchor: 'middle' },
      { share: 1, xPx: 400, label: '100%', textAnchor: 'end' },
    ]);
  });

  it('draws a bar to the median share with its 90% interval and a direct label', () => {
    const members = placed.rows[2]!;
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
    const named = placed.rows[0]!;
    expect(named.interval).toBeUndefined();
    expect(named.label.lines).toEqual(['<0.01%']);
    expect(named.bar.x1Px).toBeCloseTo(0, 4);
  });

  it('reads the adults share for the adults basis', () => {
    const adults = placeShareRows(SMALL_MIDDLE_LARGE, 'adults', LAYOUT, 0);
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
