import type { Interval } from '../../model/interval';
import { count, extent, least, max } from 'd3-array';
import { formatCount } from '../../format/formatCount';
import { formatNumber } from '../../format/formatNumber';
import { scaleLinear } from 'd3-scale';
import {
  fixedPeopleLabels,
  formatPeopleAbbreviated,
  formatPeopleRange,
  formatPeople,
  formatPeopleTicks,
} from '../../format/formatPeople';
import { CHART } from '../../i18n/en/chart';
import { DRIVERS } from '../../i18n/en/drivers';
import { currentLocale, wordsFor } from '../../i18n/wordsFor';
import { estimateTextWidth } from './estimateTextWidth';
import { MIN_CHART_WIDTH_PX, SIDE_PAD_PX } from './makeRowLayout';
import { placeAxis, TICK_FONT_SIZE_PX, type AxisTick, type PlacedAxis } from './placeAxis';
import { BASELINE_PX, LINE_PX, placeCentred, placeText, type Box, type TextMark } from './textMark';

/** One bin of the histogram, in SVG coordinates. */
export interface HistogramBar {
  /** People reached at the bin's lower (inclusive) and upper edge, persons. */
  lowPeople: number;
  highPeople: number;
  /** Draws that fell in the bin. */
  count: number;
  /** SVG x of the bar's left and right edge (a 1 px gap is left between bars), px. */
  x0Px: number;
  x1Px: number;
  /** SVG y of the bar's top, px; its bottom is the plot's bottom. */
  yPx: number;
  heightPx: number;
  /** The bin in words, for its `<title>`: "183–184 million: 412 draws". */
  summary: string;
}

/** Everything the histogram draws, in SVG coordinates (px). */
export interface PlacedHistogram {
  widthPx: number;
  heightPx: number;
  /** The plot area: bars stand on `bottomPx` and rise to at most `topPx`. */
  plot: Box;
  bars: HistogramBar[];
  /** People reached, along the bottom. */
  axis: PlacedAxis;
  /** Count gridlines, each labelled left of the plot. */
  yTicks: (AxisTick & { label: TextMark })[];
  /** The median: a vertical line through the plot and its label just above the plot. */
  median: { xPx: number; y1Px: number; y2Px: number; label: TextMark };
  /**
   * The 90% interval: a shaded band through the plot from the 5th to the 95th percentile, a
   * bracket above it and its label. Absent when every draw is the same.
   */
  band: { x0Px: number; x1Px: number; bracketYPx: number; label: TextMark } | undefined;
  /** The chart in words, for its `<desc>` (`describeHistogram`). */
  description: string;
}

/** Bins to aim for; `niceBins` keeps the count within `BIN_COUNT_RANGE` when a nice width allows. */
export const TARGET_BIN_COUNT = 35;
/** The counts of bins accepted before the closest to `TARGET_BIN_COUNT` is taken, inclusive. */
export const BIN_COUNT_RANGE = [30, 40] as const;

const TOP_PAD_PX = 6;
const LABEL_FONT_SIZE_PX = 12;
const Y_LABEL_GAP_PX = 6;
/** Bin widths are these × 10^k, roundest first: consecutive ones are at most 4/3 apart. */
const NICE_MANTISSAS = [1, 5, 2, 2.5, 4, 3, 1.5, 6, 8];

/**
 * Nice bin edges for a sample spread from `min` to `max` (`min < max`): edges on multiples of a
 * width m × 10^k, with m the roundest of `NICE_MANTISSAS` that gives 30–40 bins
 * (`BIN_COUNT_RANGE`); if none does, the width whose count is closest to `TARGET_BIN_COUNT`.
 *
 * @returns the first and last edge (persons), the width (persons) and the count of bins
 * @example niceBins(183e6, 196e6) // => { start: 182.8e6, end: 196e6, step: 400000, count: 33 }
 */
export function niceBins(min: number, max: number): { start: number; end: number; step: number; count: number } {
  const exponent = Math.floor(Math.log10((max - min) / TARGET_BIN_COUNT));
  const candidates = NICE_MANTISSAS.flatMap((mantissa) =>
    [exponent - 1, exponent, exponent + 1].map((power) => {
      const step = mantissa * 10 ** power;
      // Rounding (and numbers near the smallest double) can put an edge a hair inside: step out.
      let first = Math.floor(min / step);
      if (first * step > min) first--;
      let last = Math.max(first + 1, Math.ceil(max / step));
      if (last * step < max) last++;
      return { start: first * step, end: last * step, step, count: last - first };
    }),
  );
  const [fewest, most] = BIN_COUNT_RANGE;
  return (
    candidates.find((candidate) => candidate.count >= fewest && candidate.count <= most) ??
    least(candidates, (candidate) => Math.abs(candidate.count - TARGET_BIN_COUNT))!
  );
}

/** The smallest and largest finite draw (0 when there is none) and how many draws are finite. */
function finiteDraws(draws: Float64Array): { low: number; high: number; drawCount: number } {
  // d3 skips NaN: an infinite draw is made NaN so that it counts as no draw.
  const finite = (value: number) => (Number.isFinite(value) ? value : NaN);
  const [low = 0, high = 0] = extent(draws, finite);
  return { low, high, drawCount: count(draws, finite) };
}

/** Draws spread over less than a billionth of their size (or of one person) are one value: rounding. */
function isConstant(low: number, high: number): boolean {
  return high - low <= 1e-9 * Math.max(1, Math.abs(high));
}

/**
 * Lays out a histogram of Monte Carlo draws: about 35 bins with nice edges (`niceBins`, counted
 * by `binCounts`), bar heights on a linear count scale from 0, x ticks with short people
 * labels (`formatPeopleTicks`, spaced so no two touch), a median line and a shaded 90% interval
 * band, each labelled on a line of its own above the plot so the labels never meet.
 *
 * Every position is in SVG coordinates. Widths below `MIN_CHART_WIDTH_PX` lay out at that minimum.
 * When every draw is the same value (an exact count) there is one bar and no band.
 *
 * @param draws people reached, one value per draw, persons (`ScopeEstimate.draws.peopleReached`)
 * @param widthPx the chart's width, px
 * @param interval the draws' median and 5th and 95th percentiles, persons
 */
export function placeHistogram(draws: Float64Array, widthPx: number, interval: Interval): PlacedHistogram {
  const width = Number.isFinite(widthPx) ? Math.max(MIN_CHART_WIDTH_PX, Math.round(widthPx)) : MIN_CHART_WIDTH_PX;
  const [w, locale] = [wordsFor('drivers', DRIVERS).histogram, currentLocale()];
  const people = (count: number) => formatPeople(count, locale);
  const { low, high, drawCount } = finiteDraws(draws);
  const constant = isConstant(low, high);

  // Bins and their counts come first: the count labels set the left margin. An exact count is one bin.
  const nice = constant ? undefined : niceBins(low, high);
  const bins = nice
    ? binCounts(draws, nice).map((count, i) => {
        const lowPeople = nice.start + i * nice.step;
        return { lowPeople, highPeople: lowPeople + nice.step, count };
      })
    : drawCount > 0
      ? [{ lowPeople: low, highPeople: low, count: drawCount }]
      : [];
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.count) ?? 1)])
    .nice(4);
  // Draws are whole: no tick between two counts.
  const yTickValues = y.ticks(4).filter(Number.isInteger);
  const yLabelWidth = Math.max(...yTickValues.map((count) => estimateTextWidth(formatCount(count), TICK_FONT_SIZE_PX)));

  const plotLeftPx = SIDE_PAD_PX + yLabelWidth + Y_LABEL_GAP_PX;
  const plotRightPx = width - SIDE_PAD_PX;
  const plotWidthPx = plotRightPx - plotLeftPx;
  const bandLabelYPx = TOP_PAD_PX + BASELINE_PX;
  const bracketYPx = TOP_PAD_PX + LINE_PX + 6;
  const medianLabelYPx = bracketYPx + 8 + BASELINE_PX;
  // 8 px under the median label: the top count label's line (baseline 4 px under its gridline) stays clear of it.
  const plotTopPx = medianLabelYPx - BASELINE_PX + LINE_PX + 8;
  const plotHeightPx = Math.round(Math.min(240, Math.max(150, width * 0.25)));
  const plotBottomPx = plotTopPx + plotHeightPx;
  y.range([plotBottomPx, plotTopPx]);

  // Exact counts: one bar, a twentieth of the plot wide, in the middle of a made-up ±5% axis.
  const padPeople = Math.max(1, Math.abs(low) * 0.05);
  const domain = nice ? [nice.start, nice.end] : [low - padPeople, low + padPeople];
  const x = scaleLinear().domain(domain).range([plotLeftPx, plotRightPx]);

  const bars = bins.map((bin): HistogramBar => ({
    ...bin,
    x0Px: nice ? x(bin.lowPeople) + 0.5 : x(low) - plotWidthPx / 40,
    x1Px: nice ? x(bin.highPeople) - 0.5 : x(low) + plotWidthPx / 40,
    yPx: y(bin.count),
    heightPx: plotBottomPx - y(bin.count),
    summary: nice
      ? w.bin(fixedPeopleLabels([bin.lowPeople, bin.highPeople], nice.step, locale).join('–'), bin.count)
      : w.allIn(people(low), bin.count),
  }));

  const yTicks = yTickValues.map((count) => ({
    value: count,
    atPx: y(count),
    label: placeText(formatCount(count), plotLeftPx - Y_LABEL_GAP_PX, y(count) + 4, TICK_FONT_SIZE_PX, 'end'),
  }));

  // Labels over the plot: the first text that fits the chart, centred on its position, kept inside.
  const chartText = (texts: string[], xPx: number, yPx: number) =>
    placeCentred(texts, xPx, yPx, LABEL_FONT_SIZE_PX, [SIDE_PAD_PX, width - SIDE_PAD_PX]);
  const medianXPx = x(constant ? low : interval.median);
  const medianText = constant
    ? [w.everyDraw(people(low))]
    : [w.median(people(interval.median)), w.median(formatPeopleAbbreviated(interval.median, locale))];
  const median = {
    xPx: medianXPx,
    y1Px: plotTopPx - 4,
    y2Px: plotBottomPx,
    label: chartText(medianText, medianXPx, medianLabelYPx),
  };
  const bandRange = formatPeopleRange(interval.p05, interval.p95, locale);
  const band = constant
    ? undefined
    : {
        x0Px: x(interval.p05),
        x1Px: x(interval.p95),
        bracketYPx,
        label: chartText(w.band(bandRange), (x(interval.p05) + x(interval.p95)) / 2, bandLabelYPx),
      };

  // X ticks about 60 px apart (an exact count: one, at its value).
  const tickValues = nice ? x.ticks(Math.max(2, Math.floor(plotWidthPx / 60))) : [low];
  const binWords = !nice
    ? undefined
    : nice.step >= 1000
      ? people(nice.step)
      : formatNumber(nice.step, { significant: 3, trim: true, group: true });
  const axis = placeAxis(
    {
      scale: x,
      values: tickValues,
      labels: formatPeopleTicks(tickValues, locale),
      titles: [[w.axis(binWords)], [w.heights(drawCount)]],
    },
    { x0Px: plotLeftPx, x1Px: plotRightPx, yPx: plotBottomPx },
  );

  return {
    widthPx: width,
    heightPx: axis.bottomPx + 4,
    plot: { leftPx: plotLeftPx, rightPx: plotRightPx, topPx: plotTopPx, bottomPx: plotBottomPx },
    bars,
    axis,
    yTicks,
    median,
    band,
    description: describeHistogram(draws, interval),
  };
}

/**
 * How many draws fall in each of `bins.count` bins `bins.step` wide from `bins.start`, as d3-array's
 * `bin` counts them with thresholds at `start + i × step` (a draw on a threshold goes in the bin
 * above it; non-finite draws in none), in one pass without copying the draws: 100,000 draws are
 * counted in a few milliseconds, where binning them with `bin` held the page for about 90 ms.
 *
 * @param draws persons
 * @param bins from `niceBins`, spanning every finite draw
 */
export function binCounts(draws: Float64Array, bins: { start: number; step: number; count: number }): number[] {
  const { start, step, count } = bins;
  const counts = new Array<number>(count).fill(0);
  for (const value of draws) {
    if (!Number.isFinite(value)) continue;
    let i = Math.min(count - 1, Math.max(0, Math.floor((value - start) / step)));
    // Division can land a hair off a threshold: settle on the thresholds themselves.
    while (i > 0 && value < start + i * step) i--;
    while (i < count - 1 && value >= start + (i + 1) * step) i++;
    counts[i]!++;
  }
  return counts;
}

/**
 * The histogram in plain English, for its `<desc>`.
 *
 * @param draws people reached, one value per draw, persons
 * @param interval the draws' median and 5th and 95th percentiles, persons
 * @example describeHistogram(draws, { median: 189e6, p05: 183e6, p95: 196e6 })
 * // => "Histogram of 10,000 draws of people reached, from 179 million to 199 million. Median …"
 */
export function describeHistogram(draws: Float64Array, interval: Interval): string {
  const [w, locale] = [wordsFor('drivers', DRIVERS).histogram, currentLocale()];
  const people = (count: number) => formatPeople(count, locale);
  const { low, high, drawCount } = finiteDraws(draws);
  if (drawCount === 0) return w.noDraws;
  if (isConstant(low, high)) return w.allSame(drawCount, people(low));
  return [
    w.spread(drawCount, people(low), people(high)),
    w.medianBand(people(interval.median), people(interval.p05), people(interval.p95)),
  ].join(wordsFor('chart', CHART).sentences);
}
