import { describe, expect, it } from 'vitest';
import { placeShareChart, shareAxisEnd, shareOf } from '../../../src/charts/geometry/placeShareChart';
import { makeScopeRecord, SMALL_MIDDLE_LARGE } from '../makeScopeRecord';

/** 588 px wide: a 400 px plot, 4 px a percentage point. Labels are 12 px: 7.8 px a character. */
const WIDTH_PX = 588;

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

describe('placeShareChart', () => {
  // Fitted to the data: the members' p95 (15.04%) ends the axis at 20%.
  const placed = placeShareChart(SMALL_MIDDLE_LARGE, 'population', WIDTH_PX);
  const full = placeShareChart(SMALL_MIDDLE_LARGE, 'population', WIDTH_PX, true);

  it('fits the axis to the data: 0 to 20%, round gridlines, end labels pulled inside', () => {
    const ticks = placed.axis.ticks;
    expect(ticks.map((tick) => tick.label?.lines[0])).toEqual(['0%', '5%', '10%', '15%', '20%']);
    expect(ticks[0]!.label!.box.leftPx).toBe(0);
    expect(ticks[2]!.label!.xPx).toBe(ticks[2]!.atPx);
    expect(ticks.at(-1)!.label!.box.rightPx).toBe(400);
    expect(ticks.at(-1)!.atPx).toBe(400);
    // The largest bar fills most of the plot (14.5 of 20%), not a seventh of it.
    expect(placed.rows[2]!.bars[0]!.x1Px / 400).toBeCloseTo(0.7243, 3);
  });

  it('draws the whole 0–100% when asked: gridlines at 0, 25, 50, 75 and 100%', () => {
    expect(full.axis.ticks.map((tick) => [tick.value, tick.atPx, tick.label?.lines[0]])).toEqual([
      [0, 0, '0%'],
      [0.25, 100, '25%'],
      [0.5, 200, '50%'],
      [0.75, 300, '75%'],
      [1, 400, '100%'],
    ]);
  });

  it('draws a bar to the median share with its 90% interval and a direct label', () => {
    const members = full.rows[2]!;
    // 203,987,396 / 1,408,280,000 = 14.485% → 57.94 px; 13.950% and 15.036% → 55.80 and 60.14 px.
    expect(members.bars[0]!.x0Px).toBe(0);
    expect(members.bars[0]!.x1Px).toBeCloseTo(57.94, 2);
    expect(members.interval?.x0Px).toBeCloseTo(55.8, 2);
    expect(members.interval?.x1Px).toBeCloseTo(60.14, 2);
    expect(members.label).toMatchObject({ lines: ['14.5% (13.9–15.0%)'], placement: 'right', textAnchor: 'start' });
    expect(members.label!.xPx).toBeCloseTo(66.14, 2);
    expect(members.summary).toBe(
      "\u2068All members, spouses and children under 21\u2069: 14.5% (13.9–15.0%) of China's population",
    );
  });

  it('labels an exact share without an interval', () => {
    const named = full.rows[0]!;
    expect(named.interval).toBeUndefined();
    expect(named.label!.lines).toEqual(['<0.01%']);
    expect(named.bars[0]!.x1Px).toBeCloseTo(0, 4);
  });

  it('reads the adults share for the adults basis', () => {
    const adults = placeShareChart(SMALL_MIDDLE_LARGE, 'adults', WIDTH_PX, true);
    // 203,987,396 / (1,408,280,000 × 0.789) = 18.3585% → 73.43 px
    expect(adults.rows[2]?.bars[0]?.x1Px).toBeCloseTo(73.43, 2);
    expect(adults.rows[2]?.summary).toMatch(/of China's adults$/);
    expect(shareOf(SMALL_MIDDLE_LARGE[2]!, 'adults')).toBe(SMALL_MIDDLE_LARGE[2]!.shareOfAdults);
  });

  it('moves the label below when the bar reaches the right edge', () => {
    const all = makeScopeRecord('all', 'Everyone', 1e9, [1_400_000_000, 1_380_000_000, 1_408_280_000]);
    const [row] = placeShareChart([all], 'population', WIDTH_PX).rows;
    expect(row?.label).toMatchObject({ placement: 'below', textAnchor: 'end', xPx: 400 });
  });
});

describe('placeShareChart, the whole chart', () => {
  it('lays out rows from the top, then the axis and its title', () => {
    const chart = placeShareChart(SMALL_MIDDLE_LARGE, 'population', 1000);
    expect(chart.lineRuns[0]!.y1Px).toBe(8);
    expect(chart.rows).toHaveLength(3);
    expect(chart.axis.yPx).toBe(chart.rows.at(-1)!.bottomPx + 8);
    // The axis ends at a round share just above the largest scope's (15.04%): 20%.
    expect(chart.axis.ticks.at(-1)).toMatchObject({ value: 0.2, atPx: 722 });
    expect(placeShareChart(SMALL_MIDDLE_LARGE, 'population', 1000, true).axis.ticks.at(-1)).toMatchObject({
      value: 1,
      atPx: 722,
    });
    expect(chart.axis.title.lines.join(' ')).toBe("Share of China's population reached (median and 90% interval)");
  });

  it('uses the short axis title and stacked rows on a phone', () => {
    const chart = placeShareChart(SMALL_MIDDLE_LARGE, 'adults', 360);
    expect(chart.layout.stacked).toBe(true);
    expect(chart.axis.title.lines.join(' ')).toBe("Share of China's adults reached");
  });
});
