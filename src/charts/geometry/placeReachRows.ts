import type { ScaleLogarithmic } from 'd3-scale';
import type { ScopeRecord } from '../../report/estimateRecord';
import { formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { reachInWords } from './describeReachChart';
import type { RowLayout } from './makeRowLayout';
import { stackRows, type StackedRow } from './stackRows';

/** A horizontal stretch of a row, plot x in px. */
export interface Segment {
  x0Px: number;
  x1Px: number;
}

/** One scope's row on the reach chart, in pixels. */
export interface PlacedReachRow extends StackedRow {
  /** People sanctioned directly: 1 person → core (median). */
  core: Segment;
  /** Covered relatives: core → median reach; absent when the scope covers no relatives. */
  relatives: Segment | undefined;
  /** 5th → 95th percentile of reach; absent when the reach is an exact count. */
  interval: Segment | undefined;
  /** Plot x of the median reach, px. */
  medianXPx: number;
  /** True when reach is a count from an official table, not an estimate. */
  exact: boolean;
  /** The row in words, for its `<title>`: "Politburo: 24 people". */
  summary: string;
}

/**
 * The direct label of a scope's reach: an exact count in full ("4", "100,271,000"), an estimate
 * as "≈ median (5th–95th percentile)" in words ("≈ 204 million (196–212 million)").
 */
export function reachLabelText(reach: { median: number; p05: number; p95: number }): string {
  if (reach.p05 === reach.p95) return formatPeopleInterval(reach);
  const median = formatPeople(reach.median);
  const range = formatPeopleRange(reach.p05, reach.p95);
  return range === `${median}–${median}` ? `≈ ${median}` : `≈ ${median} (${range})`;
}

/**
 * Places one row per scope on the reach chart: the core bar from 1 person to the core, the
 * relatives bar from the core to the median reach, the 90% interval, the median tick, the row
 * name and the value label (see `stackRows` for where names and labels go). Counts below 1 person
 * clamp to 1 (the plot's left edge).
 *
 * @param results scopes, top to bottom
 * @param scale persons → plot x, px (from `makeReachScale`)
 * @param layout from `makeRowLayout`
 * @param topPx SVG y of the first row's top, px
 */
export function placeReachRows(
  results: readonly ScopeRecord[],
  scale: ScaleLogarithmic<number, number>,
  layout: RowLayout,
  topPx: number,
): { rows: PlacedReachRow[]; bottomPx: number } {
  const x = (people: number) => scale(Math.max(1, people));
  const marks = results.map((result) => {
    const exact = result.reach.p05 === result.reach.p95;
    const coreXPx = x(Math.min(result.core, result.reach.median));
    const medianXPx = x(result.reach.median);
    const interval = exact ? undefined : { x0Px: x(result.reach.p05), x1Px: x(result.reach.p95) };
    // Half a pixel of relatives is not a visible segment: leave it out rather than draw a sliver.
    const relatives = medianXPx - coreXPx >= 0.5 ? { x0Px: coreXPx, x1Px: medianXPx } : undefined;
    return {
      id: result.id,
      name: result.label,
      labelText: reachLabelText(result.reach),
      marksEndPx: Math.max(medianXPx, interval?.x1Px ?? 0),
      exact,
      core: { x0Px: 0, x1Px: coreXPx },
      relatives,
      interval,
      medianXPx,
      summary: `${result.label}: ${reachInWords(result.reach)}`,
    };
  });
  const stacked = stackRows(marks, layout, topPx);
  const rows = stacked.rows.map((row, i): PlacedReachRow => {
    const { exact, core, relatives, interval, medianXPx, summary } = marks[i]!;
    return { ...row, exact, core, relatives, interval, medianXPx, summary };
  });
  return { rows, bottomPx: stacked.bottomPx };
}
