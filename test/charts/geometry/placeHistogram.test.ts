import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bin, range } from 'd3-array';
import {
  binCounts,
  describeHistogram,
  niceBins,
  placeHistogram,
  type PlacedHistogram,
} from '../../../src/charts/geometry/placeHistogram';
import type { Box } from '../../../src/charts/geometry/textMark';
import { formatPeopleTicks } from '../../../src/format/formatPeople';

/** 0, 1, …, 99: 40 bins 2.5 wide, holding 3, 2, 3, 2, … draws. */
const HUNDRED = Float64Array.from({ length: 100 }, (_, i) => i);
const HUNDRED_INTERVAL = { median: 49.5, p05: 4.95, p95: 94.05 };

function textBoxes(chart: PlacedHistogram): { what: string; box: Box }[] {
  return [
    { what: 'median', box: chart.median.label.box },
    ...(chart.band ? [{ what: 'band', box: chart.band.label.box }] : []),
    ...chart.axis.ticks.flatMap((tick) => (tick.label ? [{ what: `x ${tick.value}`, box: tick.label.box }] : [])),
    ...chart.yTicks.map((tick) => ({ what: `y ${tick.value}`, box: tick.label.box })),
    { what: 'title', box: chart.axis.title.box },
  ];
}

const overlaps = (a: Box, b: Box) =>
  a.leftPx < b.rightPx && b.leftPx < a.rightPx && a.topPx < b.bottomPx && b.topPx < a.bottomPx;

describe('niceBins', () => {
  it.each([
    // 13 million / 35 ≈ 371,000: widths 500,000 (26 bins) and 250,000 (52) miss 30–40; 400,000 gives 33.
    [183e6, 196e6, { start: 182.8e6, end: 196e6, step: 4e5, count: 33 }],
    // 550 / 35 ≈ 15.7: 20 gives 28 bins, 10 gives 55; 15 gives 37.
    [3300, 3850, { start: 3300, end: 3855, step: 15, count: 37 }],
    [0, 99, { start: 0, end: 100, step: 2.5, count: 40 }],
  ])('bins %s to %s', (min, max, expected) => {
    expect(niceBins(min, max)).toEqual(expected);
  });

  it('keeps about 30 to 40 bins for any spread (edges snapped out can add one)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (min, span) => {
          const { start, end, count, step } = niceBins(min, min + span);
          expect(count).toBeGreaterThanOrEqual(27);
          expect(count).toBeLessThanOrEqual(43);
          expect(start).toBeLessThanOrEqual(min);
          expect(end).toBeGreaterThanOrEqual(min + span - step * 1e-9);
        },
      ),
    );
  });
});

/** What d3-array's `bin` counts in each of `nice`'s bins, its thresholds at `start + i × step`. */
function d3Counts(values: number[], nice: ReturnType<typeof niceBins>): number[] {
  const thresholds = range(1, nice.count).map((i) => nice.start + i * nice.step);
  return bin()
    .domain([nice.start, nice.end])
    .thresholds(thresholds)(values)
    .map((b) => b.length);
}

describe('binCounts', () => {
  it("counts every draw in the bin d3-array's bin puts it in, thresholds and non-finite draws included", () => {
    const draw = fc.oneof(
      fc.double({ min: -1e9, max: 2e9, noNaN: true }),
      fc.integer({ min: 0, max: 400 }).map((i) => 183e6 + i * 0.4e6), // on thresholds
      fc.constantFrom(NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(draw, { minLength: 2, maxLength: 300 }), (values) => {
        const finite = values.filter(Number.isFinite);
        const [low, high] = [Math.min(...finite), Math.max(...finite)];
        // placeHistogram bins only draws spread over more than a billionth of their size.
        if (finite.length < 2 || high - low <= 1e-9 * Math.max(1, Math.abs(high))) return;
        const nice = niceBins(low, high);
        expect(binCounts(Float64Array.from(values), nice)).toEqual(d3Counts(finite, nice));
      }),
    );
  });

  it('puts a draw exactly on a threshold in the bin above it, as bin does', () => {
    const nice = niceBins(183e6, 196e6);
    const thresholds = range(1, nice.count).map((i) => nice.start + i * nice.step);
    const values = [183e6, 196e6, ...thresholds, ...thresholds.map((t) => t - 1e-7 * nice.step)];
    expect(binCounts(Float64Array.from(values), nice)).toEqual(d3Counts(values, nice));
  });
});

describe('formatPeopleTicks', () => {
  it('uses the short people labels when they tell the ticks apart', () => {
    expect(formatPeopleTicks([184e6, 186e6, 188e6])).toEqual(['184M', '186M', '188M']);
    expect(formatPeopleTicks([3400, 3600])).toEqual(['3.4k', '3.6k']);
  });

  it('adds decimals for the tick spacing when three figures would repeat a label', () => {
    expect(formatPeopleTicks([204.85e6, 204.9e6, 204.95e6])).toEqual(['204.85M', '204.90M', '204.95M']);
  });
});

describe('placeHistogram', () => {
  it('lays out 0–99 at 640 px (hand-computed)', () => {
    const chart = placeHistogram(HUNDRED, 640, HUNDRED_INTERVAL);
    // Count labels 0–3 are one character (7.15 px at 11 px): plot from 12 + 7.15 + 6 = 25.15 to 628.
    // Band label line 6–22, bracket at 28, median label line 36–52, plot from 60, 160 px tall
    // (25% of 640, at least 150).
    expect(chart.plot).toEqual({ leftPx: 25.15, rightPx: 628, topPx: 60, bottomPx: 220 });
    expect(chart.axis.title.lines[0]).toBe('People reached, in bins of 2.5');
    expect(chart.bars).toHaveLength(40);
    // 602.85 px for 100 people: a bin is 15.07125 px, less a 0.5 px gap each side.
    expect(chart.bars[0]).toMatchObject({ lowPeople: 0, highPeople: 2.5, count: 3, yPx: 60, heightPx: 160 });
    expect(chart.bars[0]!.x0Px).toBeCloseTo(25.65, 9);
    expect(chart.bars[0]!.x1Px).toBeCloseTo(39.72125, 9);
    expect(chart.bars[0]!.summary).toBe('0.0–2.5: 3 draws');
    // Two draws: two thirds of the way up.
    expect(chart.bars[1]).toMatchObject({ count: 2 });
    expect(chart.bars[1]!.yPx).toBeCloseTo(220 - (160 * 2) / 3, 9);
    // The last bin holds its upper edge: 97.5–100 has 98 and 99.
    expect(chart.bars[39]).toMatchObject({ lowPeople: 97.5, count: 2 });
    expect(chart.yTicks.map((tick) => [tick.value, tick.label.lines[0]])).toEqual([
      [0, '0'],
      [1, '1'],
      [2, '2'],
      [3, '3'],
    ]);
    expect(chart.axis.ticks.map((tick) => tick.label?.lines[0])).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
    ]);
    expect(chart.axis.ticks[5]!.atPx).toBeCloseTo(326.575, 9);
    expect(chart.median).toMatchObject({ y1Px: 56, y2Px: 220, label: { lines: ['Median 50'], yPx: 48 } });
    expect(chart.median.xPx).toBeCloseTo(25.15 + 6.0285 * 49.5, 9);
    expect(chart.band).toMatchObject({ bracketYPx: 28, label: { lines: ['90% of draws: 5–94'], yPx: 18 } });
    expect(chart.band!.x0Px).toBeCloseTo(25.15 + 6.0285 * 4.95, 9);
    expect(chart.band!.x1Px).toBeCloseTo(25.15 + 6.0285 * 94.05, 9);
    expect(chart.axis.title.lines).toEqual([
      'People reached, in bins of 2.5',
      'Bar height: draws per bin, of 100 draws',
    ]);
    // Tick labels at 220 + 17, the title's two lines from 257: 277 at their foot, 4 px under it.
    expect(chart.heightPx).toBe(281);
  });

  it('draws one bar and no band when every draw is the same', () => {
    const chart = placeHistogram(new Float64Array(50).fill(4), 640, { median: 4, p05: 4, p95: 4 });
    expect(chart.bars).toHaveLength(1);
    expect(chart.bars[0]).toMatchObject({ count: 50, summary: '4: all 50 draws' });
    expect(chart.band).toBeUndefined();
    expect(chart.median.label.lines).toEqual(['Every draw: 4']);
    expect(chart.axis.ticks.map((tick) => tick.label?.lines[0])).toEqual(['4']);
  });

  it('never lets two labels touch or a label leave the chart (random draws, 300–1400 px)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 2e9, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 300, max: 1400 }),
        (values, width) => {
          const draws = Float64Array.from(values);
          const sorted = [...values].sort((a, b) => a - b);
          const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
          const chart = placeHistogram(draws, width, { median: at(0.5), p05: at(0.05), p95: at(0.95) });
          const boxes = textBoxes(chart);
          for (const { what, box } of boxes) {
            expect(box.leftPx, what).toBeGreaterThanOrEqual(0);
            expect(box.rightPx, what).toBeLessThanOrEqual(chart.widthPx);
            expect(box.topPx, what).toBeGreaterThanOrEqual(0);
            expect(box.bottomPx, what).toBeLessThanOrEqual(chart.heightPx);
          }
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.what} / ${boxes[j]!.what}`).toBe(false);
          expect(chart.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(values.length);
          for (const bar of chart.bars) {
            expect(bar.x0Px).toBeGreaterThanOrEqual(chart.plot.leftPx);
            expect(bar.x1Px).toBeLessThanOrEqual(chart.plot.rightPx);
            expect(bar.yPx).toBeGreaterThanOrEqual(chart.plot.topPx - 1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('describeHistogram', () => {
  it('gives the spread, the median and the 90% interval', () => {
    expect(describeHistogram(HUNDRED, HUNDRED_INTERVAL)).toBe(
      'Histogram of 100 draws of people reached, from 0 to 99. Median 50; 90% of draws fall between 5 and 94 (the shaded band).',
    );
    expect(describeHistogram(new Float64Array(3).fill(7), { median: 7, p05: 7, p95: 7 })).toBe(
      'All 3 draws give the same number of people reached: 7.',
    );
    expect(describeHistogram(new Float64Array(0), { median: 0, p05: 0, p95: 0 })).toBe('No draws to show.');
  });
});
