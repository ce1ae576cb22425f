/**
 * The horizontal frame and type sizes shared by the row charts (reach and share). Plot x runs
 * from 0 at the plot's left edge to `plotWidthPx`; the plot's left edge sits at `plotLeftPx` in the
 * SVG.
 */
export interface RowLayout {
  /** Width the chart is laid out at, px (the measured width, or `MIN_CHART_WIDTH_PX`). */
  widthPx: number;
  /** Row names on a line of their own above the bars (narrow screens), else in a column left of them. */
  stacked: boolean;
  /** SVG x of the plot's left edge, px. */
  plotLeftPx: number;
  /** Width of the plot, px. */
  plotWidthPx: number;
  /** Width a row name may take, px. */
  nameWidthPx: number;
  /** Most lines a row name may wrap to before it is cut with "…". */
  nameMaxLines: number;
  /** Plot x where row names start, px (negative in the wide layout: left of the plot). */
  nameXPx: number;
  /** Row names, px. */
  nameFontSizePx: number;
  /** Value labels, px. */
  labelFontSizePx: number;
  /** Thickness of a bar, px. */
  barHeightPx: number;
  /** Space between rows, px. */
  rowGapPx: number;
}

/** Below this width row names go on their own line above the bars, px. */
export const STACK_BELOW_PX = 560;
/** Charts are laid out at least this wide and scaled down below it, px. */
export const MIN_CHART_WIDTH_PX = 280;

/** Space between the chart's edge and its text, px. */
export const SIDE_PAD_PX = 12;
const NAME_GAP_PX = 14;

/**
 * The frame for a row chart `widthPx` wide.
 *
 * @param widthPx the chart's width, px; widths below `MIN_CHART_WIDTH_PX` (or not finite) lay out
 *   at that minimum
 * @example makeRowLayout(1000).plotWidthPx // => 722 (1000 − 12 − 240 − 14 − 12)
 */
export function makeRowLayout(widthPx: number): RowLayout {
  const width = Number.isFinite(widthPx) ? Math.max(MIN_CHART_WIDTH_PX, Math.round(widthPx)) : MIN_CHART_WIDTH_PX;
  const stacked = width < STACK_BELOW_PX;
  const nameWidthPx = stacked ? width - 2 * SIDE_PAD_PX : Math.round(Math.min(240, Math.max(150, width * 0.25)));
  const plotLeftPx = stacked ? SIDE_PAD_PX : SIDE_PAD_PX + nameWidthPx + NAME_GAP_PX;
  return {
    widthPx: width,
    stacked,
    plotLeftPx,
    plotWidthPx: width - plotLeftPx - SIDE_PAD_PX,
    nameWidthPx,
    nameMaxLines: stacked ? 2 : 3,
    nameXPx: stacked ? 0 : -(nameWidthPx + NAME_GAP_PX),
    nameFontSizePx: 13,
    labelFontSizePx: 12,
    barHeightPx: 14,
    rowGapPx: stacked ? 8 : 10,
  };
}
