import type { ScaleContinuousNumeric } from 'd3-scale';
import type { ScopeRecord } from '../../report/estimateRecord';
import { formatPeople, formatPeopleChange, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { reachInWords } from './describeReachChart';
import type { RowLayout } from './makeRowLayout';
import { stackRows, type StackedRow } from './stackRows';

/** A horizontal stretch of a row, plot x in px. */
export interface Segment {
  x0Px: number;
  x1Px: number;
}

/**
 * One scope's row on the reach chart, in pixels: a range plot. Every mark is a position (the
 * median, the people sanctioned directly) or a span between two estimates (the 90% interval);
 * no mark starts at the axis, because on a log axis a bar's length from 1 person says nothing
 * honest about a count, and a stacked part's length says even less about its share.
 */
export interface PlacedReachRow extends StackedRow {
  /** Plot x of the median reach (or the exact count), px. */
  medianXPx: number;
  /** 5th → 95th percentile of reach; absent when the reach is an exact count. */
  interval: Segment | undefined;
  /**
   * Plot x of the people sanctioned directly (the core, median), px; absent when the scope covers
   * no relatives (the core is then the reach) or when they are too few to move it half a pixel.
   */
  coreXPx: number | undefined;
  /** Covered relatives as a share of the median reach, 0-1; 0 when none are covered. */
  relativesShare: number;
  /** True when reach is a count from an official table, not an estimate. */
  exact: boolean;
  /** The row in words, for its `<title>`: "Politburo: 24 people". */
  summary: string;
  /** Plot x of the preset's median for this scope (a ghost), px; absent when nothing changed. */
  ghostXPx: number | undefined;
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
 * Places one row per scope on the reach chart as a range plot: the 90% interval as a span, the
 * median as a dot, the people sanctioned directly as a marker of their own, the row name and the
 * value label (see `stackRows` for where names and labels go). Counts below 1 person clamp to 1
 * (the plot's left edge on a log scale).
 *
 * @param results scopes, top to bottom
 * @param scale persons → plot x, px (from `makeReachScale`)
 * @param layout from `makeRowLayout`
 * @param topPx SVG y of the first row's top, px
 * @param origins the preset's median reach by scope id, persons, while the scenario is an edited
 *   preset: a changed row gets a ghost there and its signed change in its label
 */
export function placeReachRows(
  results: readonly ScopeRecord[],
  scale: ScaleContinuousNumeric<number, number>,
  layout: RowLayout,
  topPx: number,
  origins?: ReadonlyMap<string, number>,
): { rows: PlacedReachRow[]; bottomPx: number } {
  const x = (people: number) => scale(Math.max(1, people));
  const marks = results.map((result) => {
    const exact = result.reach.p05 === result.reach.p95;
    const medianXPx = x(result.reach.median);
    const interval = exact ? undefined : { x0Px: x(result.reach.p05), x1Px: x(result.reach.p95) };
    const core = Math.min(result.core, result.reach.median);
    const coreXPx = x(core);
    const relativesShare = result.reach.median > 0 ? 1 - core / result.reach.median : 0;
    const origin = origins?.get(result.id);
    const change = origin === undefined ? 'no change' : formatPeopleChange(result.reach.median - origin);
    const changed = origin !== undefined && change !== 'no change';
    return {
      id: result.id,
      name: result.label,
      labelText: changed ? `${reachLabelText(result.reach)}; ${change} on the preset` : reachLabelText(result.reach),
      ghostXPx: changed ? x(origin) : undefined,
      marksEndPx: Math.max(medianXPx, interval?.x1Px ?? 0, changed ? x(origin) : 0),
      exact,
      medianXPx,
      interval,
      // Less than half a pixel from the median, the marker would sit on the dot: leave it out.
      coreXPx: medianXPx - coreXPx >= 0.5 ? coreXPx : undefined,
      relativesShare,
      summary: `${result.label}: ${reachInWords(result.reach)}${relativesWords(relativesShare)}${changed ? `; ${change} on the preset's ${formatPeople(origin)}` : ''}`,
    };
  });
  const stacked = stackRows(marks, layout, topPx);
  const rows = stacked.rows.map((row, i): PlacedReachRow => {
    const { exact, interval, medianXPx, coreXPx, relativesShare, summary, ghostXPx } = marks[i]!;
    return { ...row, exact, interval, medianXPx, coreXPx, relativesShare, summary, ghostXPx };
  });
  return { rows, bottomPx: stacked.bottomPx };
}

/** ", 51% of them covered relatives", said where the chart does not draw the share as a length. */
function relativesWords(share: number): string {
  if (share <= 0) return '';
  const percent = share >= 0.995 ? '>99' : share < 0.01 ? '<1' : String(Math.round(share * 100));
  return `, ${percent}% of them covered relatives`;
}
