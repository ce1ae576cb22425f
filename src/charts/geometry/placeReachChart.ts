import type { ReferenceLine } from '../../data/referenceLines';
import type { ScopeRecord } from '../../report/estimateRecord';
import { estimateTextWidth } from './estimateTextWidth';
import { makeReachScale, TICK_FONT_SIZE_PX, type ReachTick } from './makeReachScale';
import { makeRowLayout, type RowLayout } from './makeRowLayout';
import { LOG_ABOVE_RATIO, peopleScaleKind } from './peopleScaleKind';
import { placeReachRows, type PlacedReachRow } from './placeReachRows';
import { placeReferenceLabels, type PlacedReferenceLabel } from './placeReferenceLabels';
import type { TextMark } from './textMark';

/** A reference line with its label, in chart coordinates. */
export interface PlacedReferenceLine extends PlacedReferenceLabel {
  /** SVG y of the label's baseline, px. */
  labelYPx: number;
  /** SVG y where the dashed line starts (just under its label) and ends (the axis), px. */
  y1Px: number;
  y2Px: number;
  /** The label as `HaloText` draws it. */
  mark: TextMark;
}

/** A line of text in chart coordinates: plot x and SVG y (baseline), px. */
export interface PlacedText {
  text: string;
  xPx: number;
  yPx: number;
  /** The size its width was estimated at, and so the size to draw it at, px. */
  fontSizePx: number;
}

/** Everything the reach chart draws, in pixels: plot x (from the plot's left edge) and SVG y. */
export interface PlacedReachChart {
  layout: RowLayout;
  /** Log when the scopes span more than two orders of magnitude, else linear (`peopleScaleKind`). */
  scaleKind: 'log' | 'linear';
  widthPx: number;
  heightPx: number;
  /** SVG y of the first row's top and of the axis line, px: gridlines run between them. */
  rowsTopPx: number;
  axisYPx: number;
  ticks: ReachTick[];
  /** SVG y of the tick labels' baseline, px. */
  tickLabelYPx: number;
  /** Font size of the tick labels, px. */
  tickFontSizePx: number;
  /** Font size of the reference labels, px. */
  referenceFontSizePx: number;
  axisTitle: PlacedText;
  references: PlacedReferenceLine[];
  rows: PlacedReachRow[];
}

/** Font size of reference labels, px. */
export const REFERENCE_FONT_SIZE_PX = 11;
const REFERENCE_ROW_PX = 15;
const TOP_PAD_PX = 4;
const AXIS_TITLE_FONT_SIZE_PX = 12;
const AXIS_TITLES = {
  log: ['People reached (log scale: each gridline is 10 times the one before)', 'People reached (log scale)'],
  linear: ['People reached (linear scale, from 0)', 'People reached'],
};

/**
 * Lays out the whole reach chart at a width: reference labels on top, one row per scope, the
 * axis at the bottom. When the scopes span more than two orders of magnitude the axis is log, from
 * 1 person to the largest of China's population (in the scopes' years), the reference values and
 * the reach; within two orders it is linear from 0 to just above the largest scope, with the
 * reference lines that fall inside it. Nothing is drawn past the right edge.
 *
 * @param results scopes, top to bottom
 * @param references the reference lines to draw (only the shown ones)
 * @param widthPx the chart's measured width, px
 * @param origins the preset's median reach by scope id, while the scenario is an edited preset
 */
export function placeReachChart(
  results: readonly ScopeRecord[],
  references: readonly ReferenceLine[],
  widthPx: number,
  origins?: ReadonlyMap<string, number>,
): PlacedReachChart {
  const layout = makeRowLayout(widthPx);
  // The scale follows the scopes alone: reference lines fit in around them.
  const drawn = [...results.flatMap((result) => [result.reach.p05, result.reach.p95]), ...(origins?.values() ?? [])];
  const scaleKind = peopleScaleKind(Math.max(1, Math.min(...drawn)), Math.max(...drawn));
  // Log: from 1 person to China's population (or any larger value drawn). Linear: to the scopes'
  // largest value, and only the reference lines within two orders of magnitude below its end.
  const maxPeople =
    scaleKind === 'log'
      ? Math.max(
          10,
          ...results.flatMap((result) => [result.population, result.reach.p95, result.reach.median]),
          ...references.map((line) => line.value),
          ...(origins?.values() ?? []),
        )
      : Math.max(10, ...drawn);
  const { scale, ticks } = makeReachScale(maxPeople, layout.plotWidthPx, scaleKind);
  const domainEnd = scale.domain()[1]!;
  const shownReferences =
    scaleKind === 'log'
      ? references
      : references.filter((line) => line.value <= domainEnd && line.value * LOG_ABOVE_RATIO >= domainEnd);

  const { labels, rowCount } = placeReferenceLabels(shownReferences, scale, {
    plotWidthPx: layout.plotWidthPx,
    fontSizePx: REFERENCE_FONT_SIZE_PX,
  });
  const labelsBottomPx = TOP_PAD_PX + rowCount * REFERENCE_ROW_PX;
  const rowsTopPx = labelsBottomPx + (rowCount > 0 ? 8 : 4);
  const { rows, bottomPx } = placeReachRows(results, scale, layout, rowsTopPx, origins);

  const axisYPx = bottomPx + 8;
  const tickLabelYPx = axisYPx + 6 + TICK_FONT_SIZE_PX;
  const axisTitleYPx = tickLabelYPx + 20;
  const titles = AXIS_TITLES[scaleKind];
  const axisTitle =
    titles.find((text) => estimateTextWidth(text, AXIS_TITLE_FONT_SIZE_PX) <= layout.plotWidthPx) ?? titles.at(-1)!;

  return {
    layout,
    scaleKind,
    widthPx: layout.widthPx,
    heightPx: axisTitleYPx + 8,
    rowsTopPx,
    axisYPx,
    ticks,
    tickLabelYPx,
    tickFontSizePx: TICK_FONT_SIZE_PX,
    referenceFontSizePx: REFERENCE_FONT_SIZE_PX,
    axisTitle: { text: axisTitle, xPx: 0, yPx: axisTitleYPx, fontSizePx: AXIS_TITLE_FONT_SIZE_PX },
    references: labels.map((label) => {
      // Row 0 is the row nearest the plot; rows stack upwards.
      const rowTopPx = labelsBottomPx - (label.row + 1) * REFERENCE_ROW_PX;
      const labelYPx = rowTopPx + REFERENCE_ROW_PX - 4;
      const mark = {
        xPx: label.anchorXPx,
        yPx: labelYPx,
        text: label.text,
        textAnchor: label.textAnchor,
        fontSizePx: REFERENCE_FONT_SIZE_PX,
      };
      return { ...label, labelYPx, y1Px: labelYPx + 3, y2Px: axisYPx, mark };
    }),
    rows,
  };
}
