import { estimateTextWidth } from './estimateTextWidth';
import type { RowLayout } from './makeRowLayout';
import { BASELINE_PX, LINE_PX, placeText, type TextMark } from './textMark';
import { wrapText } from './wrapText';

/** What a row chart tells `stackRows` about one row. */
export interface RowInput {
  id: string;
  /** The row's name, e.g. the scope's label: bold. */
  name: string;
  /** Muted lines under the name (the tornado's input values, a claim's source), if any. */
  detail?: string;
  /** Plot x where the row's marks end on the right, px. */
  marksEndPx: number;
  /** Plot x where they start on the left, px; unset, 0. */
  marksStartPx?: number;
  /** The direct value label, e.g. "≈ 3,580 (3,310–3,850)"; none when the chart places its own. */
  labelText?: string | undefined;
  /** A label left of the marks (the tornado's reach at its left end), which its chart keeps room for. */
  leftLabelText?: string | undefined;
}

/** A row's direct value label: right of the marks on the bar's line, or below the bar. */
export type ValueLabel = TextMark & { placement: 'right' | 'below' };

/** A row's frame: where its name, its bar line and its value label go (plot x, SVG y, px). */
export interface StackedRow {
  id: string;
  /** The name, cut with "…" past `nameMaxLines` (a row's `<title>`, its summary, has it whole). */
  nameMark: TextMark;
  detailMark: TextMark | undefined;
  /** The row's top and bottom, without the gap to the next row. */
  topPx: number;
  bottomPx: number;
  /** The top of the bar and its middle. */
  barTopPx: number;
  barMiddlePx: number;
  label: ValueLabel | undefined;
  leftLabel: TextMark | undefined;
}

/** Space between the marks and a label beside them, px. */
export const LABEL_GAP_PX = 6;

/**
 * Stacks rows from `topPx` down and places each row's value label: right of the marks on the
 * bar's line when it fits inside the plot, else on a line of its own below the bar, ending under
 * the marks. A label left of the marks, which only the tornado has (and keeps a margin for), ends
 * just before them. A label wider than the plot breaks before its interval "(…)", then at spaces.
 * Each row has its own band, so labels never meet another row's label or name.
 *
 * @param inputs rows, top to bottom
 * @param layout from `makeRowLayout`
 * @param topPx SVG y of the first row's top, px
 * @returns the rows, and the SVG y of the last row's bottom (`topPx` when there are none)
 */
export function stackRows(
  inputs: readonly RowInput[],
  layout: RowLayout,
  topPx: number,
): { rows: StackedRow[]; bottomPx: number } {
  const { plotWidthPx, labelFontSizePx: fontSizePx } = layout;
  const rows: StackedRow[] = [];
  let y = topPx;
  for (const input of inputs) {
    const name = wrapText(input.name, layout.nameWidthPx, layout.nameFontSizePx, layout.nameMaxLines);
    const nameMark = placeText(name, layout.nameXPx, y + BASELINE_PX, layout.nameFontSizePx);
    const detail = input.detail ? wrapText(input.detail, layout.nameWidthPx, fontSizePx, 2) : [];
    const detailMark =
      detail.length > 0
        ? placeText(detail, layout.nameXPx, nameMark.box.bottomPx + BASELINE_PX, fontSizePx)
        : undefined;
    const textBottomPx = detailMark?.box.bottomPx ?? nameMark.box.bottomPx;
    // Wide: the bar shares the name's first line. Stacked: the bar has its own line under the text.
    const barLineTopPx = layout.stacked ? textBottomPx : y;

    let label: ValueLabel | undefined;
    const [text, left] = [input.labelText, input.leftLabelText];
    const [leftXPx, rightXPx] = [(input.marksStartPx ?? 0) - LABEL_GAP_PX, input.marksEndPx + LABEL_GAP_PX];
    const lineBaselinePx = barLineTopPx + BASELINE_PX;
    // A label the chart made room for fits to the last bit of floating-point rounding.
    if (text !== undefined && rightXPx + estimateTextWidth(text, fontSizePx) <= plotWidthPx + 1e-9) {
      label = { ...placeText(text, rightXPx, lineBaselinePx, fontSizePx), placement: 'right' };
    } else if (text !== undefined) {
      const lines = breakLabel(text, plotWidthPx, fontSizePx);
      // End under the marks, unless that would push the start past the plot's left edge.
      const below = placeText(lines, input.marksEndPx, lineBaselinePx + LINE_PX, fontSizePx, 'end', [0, plotWidthPx]);
      label = { ...below, placement: 'below' };
    }

    const bottomPx = Math.max(textBottomPx, label?.box.bottomPx ?? 0, barLineTopPx + LINE_PX);
    rows.push({
      id: input.id,
      nameMark,
      detailMark,
      topPx: y,
      bottomPx,
      barTopPx: barLineTopPx + (LINE_PX - layout.barHeightPx) / 2,
      barMiddlePx: barLineTopPx + LINE_PX / 2,
      label,
      leftLabel: left === undefined ? undefined : placeText(left, leftXPx, lineBaselinePx, fontSizePx, 'end'),
    });
    y = bottomPx + layout.rowGapPx;
  }
  return { rows, bottomPx: rows.length > 0 ? y - layout.rowGapPx : topPx };
}

/** A value label in lines no wider than the plot: whole, else split before "(", else at spaces. */
function breakLabel(text: string, maxWidthPx: number, fontSizePx: number): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSizePx) <= maxWidthPx;
  if (fits(text)) return [text];
  const open = text.indexOf(' (');
  if (open > 0) {
    const parts = [text.slice(0, open), text.slice(open + 1)];
    if (parts.every(fits)) return parts;
  }
  return wrapText(text, maxWidthPx, fontSizePx);
}
