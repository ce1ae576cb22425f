import type { ScopeRecord } from '../../report/estimateRecord';
import { estimateTextWidth } from './estimateTextWidth';
import { makeRowLayout, type RowLayout } from './makeRowLayout';
import type { PlacedText } from './placeReachChart';
import {
  basisInWords,
  placeShareRows,
  type PlacedShareRow,
  type ShareBasis,
  type ShareGridline,
} from './placeShareRows';

/** Everything the share chart draws, in pixels: plot x (from the plot's left edge) and SVG y. */
export interface PlacedShareChart {
  layout: RowLayout;
  widthPx: number;
  heightPx: number;
  /** SVG y of the first row's top and of the axis line, px. */
  rowsTopPx: number;
  axisYPx: number;
  gridlines: ShareGridline[];
  /** SVG y of the gridline labels' baseline, px. */
  tickLabelYPx: number;
  /** Font size of the gridline labels, px. */
  tickFontSizePx: number;
  axisTitle: PlacedText;
  rows: PlacedShareRow[];
}

const TOP_PAD_PX = 6;
const TICK_FONT_SIZE_PX = 11;
const AXIS_TITLE_FONT_SIZE_PX = 12;

/**
 * Lays out the whole share chart at a width: one row per scope, then the axis, from 0 to a round
 * share just above the largest scope's (`shareAxisEnd`), or to 100%.
 *
 * @param results scopes, top to bottom
 * @param basis share of the whole population or of adults
 * @param widthPx the chart's measured width, px
 * @param fullScale the whole 0–100% instead of an axis fitted to the data
 */
export function placeShareChart(
  results: readonly ScopeRecord[],
  basis: ShareBasis,
  widthPx: number,
  fullScale = false,
): PlacedShareChart {
  const layout = makeRowLayout(widthPx);
  const { gridlines, rows, bottomPx } = placeShareRows(results, basis, layout, TOP_PAD_PX, fullScale);
  const axisYPx = bottomPx + 8;
  const tickLabelYPx = axisYPx + 6 + TICK_FONT_SIZE_PX;
  const axisTitleYPx = tickLabelYPx + 20;
  const long = `Share of ${basisInWords(basis)} reached (median and 90% interval)`;
  const text =
    estimateTextWidth(long, AXIS_TITLE_FONT_SIZE_PX) <= layout.plotWidthPx
      ? long
      : `Share of ${basisInWords(basis)} reached`;
  return {
    layout,
    widthPx: layout.widthPx,
    heightPx: axisTitleYPx + 8,
    rowsTopPx: TOP_PAD_PX,
    axisYPx,
    gridlines,
    tickLabelYPx,
    tickFontSizePx: TICK_FONT_SIZE_PX,
    axisTitle: { text, xPx: 0, yPx: axisTitleYPx, fontSizePx: AXIS_TITLE_FONT_SIZE_PX },
    rows,
  };
}
