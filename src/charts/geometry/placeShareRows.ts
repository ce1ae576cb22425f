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

const GRID_SHARES = [0, 0.25, 0.5, 0.75, 1];

/**
 * Places one row per scope on a linear 0–100% scale: a bar to the median share, the 90%
 * interval, and a direct label "14.5% (13.9–15.0%)" (an exact share without interval), with
 * gridlines at 0, 25, 50, 75 and 100%. Names and labels are placed as on the reach chart
 * (`stackRows`).
 *
 * @param results scopes, top to bottom
 * @param basis share of the whole population or of adults
 * @param layout from `makeRowLayout`
 * @param topPx SVG y of the first row's top, px
 */
export function placeShareRows(
  results: readonly ScopeRecord[],
  basis: ShareBasis,
  layout: RowLayout,
  topPx: number,
): PlacedShareRows {
  const scale = scaleLinear().domain([0, 1]).range([0, layout.plotWidthPx]).clamp(true);
  const gridlines = GRID_SHARES.map((share): ShareGridline => ({
    share,
    xPx: scale(share),
    label: `${share * 100}%`,
    textAnchor: share === 0 ? 'start' : share === 1 ? 'end' : 'middle',
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
