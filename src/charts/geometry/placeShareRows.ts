import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { isolate } from '../../format/isolate';
import type { ScopeRecord } from '../../report/estimateRecord';
import { formatShareInterval } from '../../format/formatShare';
import type { RowLayout } from './makeRowLayout';
import type { Segment } from './placeReachRows';
import { stackRows, type StackedRow } from './stackRows';

/** Which people a share counts: all of China's population, or only its adults (18+). */
export type ShareBasis = 'population' | 'adults';

/** A gridline of the share chart. */
export interface ShareGridline {
  /** 0-1. */
  share: number;
  /** Plot x, px. */
  xPx: number;
  /** "0%", "25%", … */
  label: string;
  /** The end labels are pulled inside the plot. */
  textAnchor: 'start' | 'middle' | 'end';
}

/** One scope's row on the share chart, in pixels. */
export interface PlacedShareRow extends StackedRow {
  /** 0 → median share. */
  bar: Segment;
  /** 5th → 95th percentile; absent when the share is exact. */
  interval: Segment | undefined;
  /** Plot x of the median share, px. */
  medianXPx: number;
  /** The row in words, for its `<title>`: "Politburo: 0.00000170% of China's population". */
  summary: string;
}

export interface PlacedShareRows {
  /** Share (0-1) → plot x, px; shares outside 0-1 clamp to the plot's edges. */
  scale: ScaleLinear<number, number>;
  gridlines: ShareGridline[];
  rows: PlacedShareRow[];
  /** SVG y of the last row's bottom, px. */
  bottomPx: number;
}

/** The share a basis reads from a scope. */
export function shareOf(result: ScopeRecord, basis: ShareBasis): { median: number; p05: number; p95: number } {
  return basis === 'adults' ? result.shareOfAdults : result.shareOfPopulation;
}

/** "China's population" or "China's adults". */
export function basisInWords(basis: ShareBasis): string {
  return basis === 'adults' ? "China's adults" : "China's population";
}

/** Ends the fitted axis may take, 0-1: round numbers a reader can read a share against. */
const AXIS_ENDS = [
  0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1,
];

/**
 * The right end of the share axis: the smallest round share at or above every scope's 95th
 * percentile, so the largest scope's bar fills most of the plot (a 14.5% scope on a 0–100% axis
 * leaves the smaller ones invisible); 100% when asked for, or when the data reach it.
 */
export function shareAxisEnd(results: readonly ScopeRecord[], basis: ShareBasis, fullScale: boolean): number {
  if (fullScale) return 1;
  const largest = Math.max(0, ...results.map((result) => shareOf(result, basis).p95));
  return AXIS_ENDS.find((end) => end >= largest) ?? 1;
}

/** "15%", "0.05%": a gridline's share in as few digits as it needs. */
const percentLabel = (share: number) => `${Number((share * 100).toPrecision(6))}%`;

/**
 * Places one row per scope on a linear scale from 0 to `shareAxisEnd`: a bar to the median
 * share, the 90% interval, and a direct label "14.5% (13.9–15.0%)" (an exact share without
 * interval), with about five round gridlines. Names and labels are placed as on the reach chart
 * (`stackRows`).
 *
 * @param results scopes, top to bottom
 * @param basis share of the whole population or of adults
 * @param layout from `makeRowLayout`
 * @param topPx SVG y of the first row's top, px
 * @param fullScale the whole 0–100% instead of an axis fitted to the data
 */
export function placeShareRows(
  results: readonly ScopeRecord[],
  basis: ShareBasis,
  layout: RowLayout,
  topPx: number,
  fullScale = false,
): PlacedShareRows {
  const end = shareAxisEnd(results, basis, fullScale);
  const scale = scaleLinear().domain([0, end]).range([0, layout.plotWidthPx]).clamp(true);
  // Quarters on the whole scale; round steps (d3's) on a fitted one.
  const ticks = end === 1 ? [0, 0.25, 0.5, 0.75, 1] : scale.ticks(4);
  const gridlines = (ticks.at(-1) === end ? ticks : [...ticks, end]).map((share): ShareGridline => ({
    share,
    xPx: scale(share),
    label: percentLabel(share),
    textAnchor: share === 0 ? 'start' : share === end ? 'end' : 'middle',
  }));
  const marks = results.map((result) => {
    const share = shareOf(result, basis);
    const medianXPx = scale(share.median);
    const interval = share.p05 === share.p95 ? undefined : { x0Px: scale(share.p05), x1Px: scale(share.p95) };
    const labelText = formatShareInterval(share);
    return {
      id: result.id,
      name: result.label,
      labelText,
      marksEndPx: Math.max(medianXPx, interval?.x1Px ?? 0),
      bar: { x0Px: 0, x1Px: medianXPx },
      interval,
      medianXPx,
      summary: `${isolate(result.label)}: ${labelText} of ${basisInWords(basis)}`,
    };
  });
  const stacked = stackRows(marks, layout, topPx);
  const rows = stacked.rows.map((row, i): PlacedShareRow => {
    const { bar, interval, medianXPx, summary } = marks[i]!;
    return { ...row, bar, interval, medianXPx, summary };
  });
  return { scale, gridlines, rows, bottomPx: stacked.bottomPx };
}
