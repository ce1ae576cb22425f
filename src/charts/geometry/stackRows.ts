import { estimateTextWidth } from './estimateTextWidth';
import type { RowLayout } from './makeRowLayout';
import type { TextMark } from './textMark';
import { wrapText } from './wrapText';

/** What a row chart tells `stackRows` about one row. */
export interface RowInput {
  id: string;
  /** The row's name, e.g. the scope's label. */
  name: string;
  /** Plot x where the row's marks end on the right (bar, interval or median tick), px. */
  marksEndPx: number;
  /** The direct value label, e.g. "≈ 3,580 (3,310–3,850)". */
  labelText: string;
}

/** A box in chart coordinates: plot x and SVG y, px. */
export interface Box {
  leftPx: number;
  rightPx: number;
  topPx: number;
  bottomPx: number;
}

/** A row's direct value label. */
export interface ValueLabel {
  /** One line, or more when the label is wider than the plot. */
  lines: string[];
  /** Plot x of the text anchor, px. */
  xPx: number;
  /** SVG y of the first line's baseline, px; further lines follow at `lineHeightPx`. */
  yPx: number;
  textAnchor: 'start' | 'end';
  /** Right of the marks on the bar's line, or on a line of its own below the bar. */
  placement: 'right' | 'below';
  /** Where the text is estimated to be (`estimateTextWidth`), for overlap checks. */
  box: Box;
  fontSizePx: number;
}

/** A row's frame: where its name, its bar line and its value label go. */
export interface StackedRow {
  id: string;
  /** The full name, for a `<title>` when the name is cut. */
  name: string;
  nameLines: string[];
  nameTruncated: boolean;
  /** Plot x where the name starts, px. */
  nameXPx: number;
  /** SVG y of the name's first baseline, px. */
  nameYPx: number;
  /** Where the name is estimated to be. */
  nameBox: Box;
  /** The name as `HaloText` draws it. */
  nameMark: TextMark;
  /** SVG y of the row's top and bottom (without the gap to the next row), px. */
  topPx: number;
  bottomPx: number;
  /** SVG y of the top of the bar and of its middle, px. */
  barTopPx: number;
  barMiddlePx: number;
  label: ValueLabel;
}

/** Space between the marks and a label to their right, px. */
const LABEL_GAP_PX = 6;
/** Baseline of text below the top of its line, px (for 12–13 px text in a 16 px line). */
const BASELINE_PX = 12;

/**
 * Stacks rows from `topPx` down and places each row's value label: right of the marks on the
 * bar's line when it fits inside the plot, else on a line of its own below the bar, ending under
 * the marks. Left of the marks is never free: every bar starts at the plot's left edge, so a label
 * there would sit on the bar. A label wider than the plot breaks before its interval "(…)", then at
 * spaces. Each row has its own band, so labels never meet another row's label or name.
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
  const { lineHeightPx: line, plotWidthPx } = layout;
  const rows: StackedRow[] = [];
  let y = topPx;
  for (const input of inputs) {
    const name = wrapText(input.name, layout.nameWidthPx, layout.nameFontSizePx, layout.nameMaxLines);
    const nameHeightPx = name.lines.length * line;
    // Wide: the bar shares the name's first line. Stacked: the bar has its own line under the name.
    const barLineTopPx = layout.stacked ? y + nameHeightPx : y;

    const labelWidthPx = estimateTextWidth(input.labelText, layout.labelFontSizePx);
    const rightXPx = input.marksEndPx + LABEL_GAP_PX;
    let label: ValueLabel;
    if (rightXPx + labelWidthPx <= plotWidthPx) {
      const baselinePx = barLineTopPx + BASELINE_PX;
      label = {
        lines: [input.labelText],
        xPx: rightXPx,
        yPx: baselinePx,
        textAnchor: 'start',
        placement: 'right',
        fontSizePx: layout.labelFontSizePx,
        box: { leftPx: rightXPx, rightPx: rightXPx + labelWidthPx, topPx: barLineTopPx, bottomPx: barLineTopPx + line },
      };
    } else {
      const lines = breakLabel(input.labelText, plotWidthPx, layout.labelFontSizePx);
      const widestPx = Math.max(...lines.map((text) => estimateTextWidth(text, layout.labelFontSizePx)));
      // End under the marks, unless that would push the start past the plot's left edge.
      const xPx = Math.min(plotWidthPx, Math.max(input.marksEndPx, widestPx));
      const labelTopPx = barLineTopPx + line;
      label = {
        lines,
        xPx,
        yPx: labelTopPx + BASELINE_PX,
        textAnchor: 'end',
        placement: 'below',
        fontSizePx: layout.labelFontSizePx,
        box: { leftPx: xPx - widestPx, rightPx: xPx, topPx: labelTopPx, bottomPx: labelTopPx + lines.length * line },
      };
    }

    const nameWidestPx = Math.max(...name.lines.map((text) => estimateTextWidth(text, layout.nameFontSizePx)), 0);
    const bottomPx = Math.max(y + nameHeightPx, label.box.bottomPx, barLineTopPx + line);
    rows.push({
      id: input.id,
      name: input.name,
      nameLines: name.lines,
      nameTruncated: name.truncated,
      nameXPx: layout.nameXPx,
      nameYPx: y + BASELINE_PX,
      nameBox: { leftPx: layout.nameXPx, rightPx: layout.nameXPx + nameWidestPx, topPx: y, bottomPx: y + nameHeightPx },
      nameMark: { xPx: layout.nameXPx, yPx: y + BASELINE_PX, lines: name.lines, fontSizePx: layout.nameFontSizePx },
      topPx: y,
      bottomPx,
      barTopPx: barLineTopPx + (line - layout.barHeightPx) / 2,
      barMiddlePx: barLineTopPx + line / 2,
      label,
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
  return wrapText(text, maxWidthPx, fontSizePx, Number.MAX_SAFE_INTEGER).lines;
}
