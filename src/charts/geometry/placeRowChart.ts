import type { ReferenceLine } from '../../data/referenceLines';
import { CHART } from '../../i18n/en/chart';
import { wordsFor } from '../../i18n/wordsFor';
import type { RowLayout } from './makeRowLayout';
import { placeAxis, type AxisSpec, type PlacedAxis } from './placeAxis';
import { placeReferenceLabels, type PlacedReferenceLabel } from './placeReferenceLabels';
import { stackRows, type RowInput, type StackedRow } from './stackRows';
import { placeText, type TextMark } from './textMark';

/** A horizontal stretch of a row, plot x in px. */
export interface Segment {
  x0Px: number;
  x1Px: number;
}

/** What a key entry shows: the mark it explains. */
export type KeyMark = 'dot' | 'share' | 'interval' | 'core' | 'ghost' | 'reference' | 'claim' | 'low' | 'high' | 'base';

/** A key swatch's size, px: the page's key and a file's draw the same. */
export const SWATCH_PX = { width: 26, height: 12 } as const;

/** One entry of a chart's key: a small copy of a mark, and what it means. */
export interface KeyItem {
  mark: KeyMark;
  text: string;
}

/** A bar: from 0 to the median share ('share'), or the tornado's from its base to one end. */
export type RowBar = Segment & { kind: 'share' | 'low' | 'high' };

/**
 * One row's marks, plot x in px. Each is a position or a span between two estimates, except a
 * share bar, a length from 0 that only a linear axis from 0 draws: on a log axis a length from
 * 1 person says nothing honest about a count, and a stacked part's length even less.
 */
export interface RowMarks {
  /** The median (or the exact value): a dot, unless the row has bars. */
  medianXPx: number;
  /** 5th → 95th percentile; absent when the value is exact. */
  interval?: Segment | undefined;
  /** Longer first, so a shorter one on the same side shows on top. */
  bars: RowBar[];
  /** The people sanctioned directly, when relatives are covered and they sit apart from the median. */
  coreXPx?: number | undefined;
  /** The preset's median (a ghost), while the scenario is an edited preset and this row changed. */
  ghostXPx?: number | undefined;
  /** A claim row's mark: the range of people the claim's words allow (no median is drawn). */
  claim?: Segment | undefined;
  /** The row in words, for its `<title>`. */
  summary: string;
}

/** What a row chart draws for one row, before it is stacked: its marks, and its texts as `stackRows` takes them. */
export type RowSpec = RowMarks & Omit<RowInput, 'marksEndPx' | 'marksStartPx'>;

export type PlacedRow = StackedRow & RowMarks;

/** A reference line and its label, plot x and SVG y, px. */
export interface PlacedReferenceLine extends PlacedReferenceLabel {
  /** From just under its label down to the axis. */
  y1Px: number;
  y2Px: number;
  mark: TextMark;
}

/** Everything a row chart (reach, share, tornado) draws: plot x (from the plot's left edge) and SVG y, px. */
export interface PlacedRowChart {
  layout: RowLayout;
  widthPx: number;
  heightPx: number;
  rows: PlacedRow[];
  references: PlacedReferenceLine[];
  /** The tornado's base (every input at its most likely): a line through the rows, labelled above. */
  base?: { xPx: number; label: TextMark } | undefined;
  /** Where gridlines (and the base line) run, SVG y: from the rows' top to the axis, or in pieces. */
  lineRuns: { y1Px: number; y2Px: number }[];
  axis: PlacedAxis | undefined;
  /** A note under the chart, muted. */
  note?: TextMark | undefined;
  /** The key: what is drawn, and nothing else. */
  key: KeyItem[];
  /** The chart in words, for its `<desc>`. */
  description: string;
}

export const REFERENCE_FONT_SIZE_PX = 11;
const REFERENCE_ROW_PX = 15;
const TOP_PAD_PX = 4;

/**
 * Lays out a row chart: reference labels on top (`placeReferenceLabels`), one row per spec with
 * its name and value labels (`stackRows`), and the axis at the bottom (`placeAxis`). The reach
 * chart, the share chart and the tornado are this one layout with different rows and scales.
 *
 * @param layout from `makeRowLayout`
 * @param specs rows, top to bottom, their marks already in plot x
 * @param axis the scale (value → plot x, px), its ticks and title
 * @param references the reference lines to draw, on the same scale (persons)
 * @param chart its description; its key, or the measure its key names first (`rowKey`); and
 *   where the rows start when the chart has a head of its own (the tornado's base label), SVG y, px
 */
export function placeRowChart(
  layout: RowLayout,
  specs: readonly RowSpec[],
  axis: AxisSpec,
  references: readonly ReferenceLine[],
  chart: { description: string; key: string | KeyItem[]; rowsTopPx?: number },
): PlacedRowChart & { axis: PlacedAxis } {
  const { labels, rowCount } = placeReferenceLabels(references, axis.scale, {
    plotWidthPx: layout.plotWidthPx,
    fontSizePx: REFERENCE_FONT_SIZE_PX,
  });
  const labelsBottomPx = TOP_PAD_PX + rowCount * REFERENCE_ROW_PX;
  const rowsTopPx = chart.rowsTopPx ?? labelsBottomPx + (rowCount > 0 ? 8 : 4);
  const inputs = specs.map((spec) => ({
    ...spec,
    marksStartPx: Math.min(spec.medianXPx, ...spec.bars.map((bar) => bar.x0Px)),
    marksEndPx: Math.max(
      ...[spec.medianXPx, spec.interval?.x1Px ?? 0, spec.ghostXPx ?? 0, spec.claim?.x1Px ?? 0],
      ...spec.bars.map((bar) => bar.x1Px),
    ),
  }));
  const stacked = stackRows(inputs, layout, rowsTopPx);
  const placedAxis = placeAxis(axis, { x0Px: 0, x1Px: layout.plotWidthPx, yPx: stacked.bottomPx + 8 });
  return {
    layout,
    widthPx: layout.widthPx,
    heightPx: placedAxis.bottomPx + 4,
    rows: stacked.rows.map((row, i) => {
      const { medianXPx, interval, bars, coreXPx, ghostXPx, claim, summary } = specs[i]!;
      return { ...row, medianXPx, interval, bars, coreXPx, ghostXPx, claim, summary };
    }),
    references: labels.map((label) => {
      // Row 0 is the row nearest the plot; rows stack upwards.
      const labelYPx = labelsBottomPx - label.row * REFERENCE_ROW_PX - 4;
      const mark = placeText(label.text, label.anchorXPx, labelYPx, REFERENCE_FONT_SIZE_PX, label.textAnchor);
      return { ...label, y1Px: labelYPx + 3, y2Px: placedAxis.yPx, mark };
    }),
    lineRuns: [{ y1Px: rowsTopPx, y2Px: placedAxis.yPx }],
    axis: placedAxis,
    key: typeof chart.key === 'string' ? rowKey(specs, chart.key, labels.length > 0) : chart.key,
    description: chart.description,
  };
}

/** The key of a reach or share chart: only what is drawn (a ladder of exact counts has no intervals). */
function rowKey(specs: readonly RowSpec[], measure: string, references: boolean): KeyItem[] {
  const w = wordsFor('chart', CHART).rows;
  const intervals = specs.some((spec) => spec.interval);
  const items: (KeyItem | false)[] = [
    {
      mark: specs.some((spec) => spec.bars.length > 0) ? 'share' : 'dot',
      text: intervals ? w.median(measure) : measure,
    },
    intervals && { mark: 'interval', text: w.interval },
    specs.some((spec) => spec.coreXPx !== undefined) && { mark: 'core', text: w.core },
    specs.some((spec) => spec.ghostXPx !== undefined) && { mark: 'ghost', text: w.ghost },
    references && { mark: 'reference', text: w.reference },
    specs.some((spec) => spec.claim) && { mark: 'claim', text: w.claim },
  ];
  return items.filter((item) => item !== false);
}
