import { least } from 'd3-array';
import { formatCount } from '../../format/formatCount';
import type { ReferenceLine } from '../../data/referenceLines';
import { formatPeopleAbbreviated } from '../../format/formatPeople';
import { CHART } from '../../i18n/en/chart';
import { currentLocale, wordsFor } from '../../i18n/wordsFor';
import { estimateTextWidth } from './estimateTextWidth';

/** A reference line's position and its label's place in the label rows above the plot. */
export interface PlacedReferenceLabel {
  id: string;
  /** Plot x of the line, px. */
  xPx: number;
  /** The label drawn, e.g. "Germany 83.5M"; a name too wide for the plot is cut with "…", keeping the value. */
  text: string;
  /** The label in full, for a `<title>`: "Germany: 83,516,593 people, as of 2024". */
  fullText: string;
  /** Label row: 0 is the row nearest the plot, higher rows are further up. */
  row: number;
  /** Plot x of the text anchor, px. */
  anchorXPx: number;
  textAnchor: 'start' | 'end';
  /** Where the text is estimated to be (`estimateTextWidth`), plot x, px. */
  leftPx: number;
  rightPx: number;
}

/** Least free space between two labels in one row, px. */
export const REFERENCE_LABEL_GAP_PX = 8;
/** Space between a line and a label beside it, px. */
const LINE_GAP_PX = 3;
/** A line this close to a label's text counts as running through it, px. */
const CROSSING_MARGIN_PX = 2;

/** A place a label could take: where its text would be, and its anchor. */
type Candidate = Pick<PlacedReferenceLabel, 'leftPx' | 'rightPx' | 'anchorXPx' | 'textAnchor'>;

/**
 * Places the labels of reference lines in rows above the plot. Lines are taken from left to
 * right and each label goes in the lowest row where it fits (first fit), so rows are added only
 * when a label fits in none of the rows so far. Each line is drawn from the axis up to its label.
 *
 * A label sits right of its line, else left of it, else (when neither fits between the plot's edges)
 * shifted just enough to stay inside the plot. Within a row, the place chosen is the one crossed by
 * the fewest lines, counting lines that reach higher rows and lines still to be placed, since a line
 * drawn through a label makes it harder to read. Labels are never closer than
 * `REFERENCE_LABEL_GAP_PX` within a row, and never run past the plot's edges.
 *
 * Widths are estimates (`estimateTextWidth`: characters × font size × 0.65), which run wider than
 * system sans-serif text, so drawn labels are no wider than placed ones. A label wider than the plot
 * has its name cut with "…" (the value stays); its `fullText` keeps everything.
 *
 * @param lines the reference lines drawn (only the shown ones), in any order
 * @param scale persons → plot x, px
 * @param options the plot's width (labels stay within [0, plotWidthPx]) and the labels' font size, px
 * @returns the labels in the order of `lines`, and the number of label rows used
 */
export function placeReferenceLabels(
  lines: readonly ReferenceLine[],
  scale: (people: number) => number,
  { plotWidthPx, fontSizePx }: { plotWidthPx: number; fontSizePx: number },
): { labels: PlacedReferenceLabel[]; rowCount: number } {
  const prepared = lines.map((line) => {
    const xPx = Math.min(plotWidthPx, Math.max(0, scale(Math.max(1, line.value))));
    const text = fitText(line.label, formatPeopleAbbreviated(line.value, currentLocale()), plotWidthPx, fontSizePx);
    return { line, xPx, text, widthPx: estimateTextWidth(text, fontSizePx) };
  });
  const order = prepared.map((_, i) => i).sort((a, b) => prepared[a]!.xPx - prepared[b]!.xPx || a - b);

  const placed: (PlacedReferenceLabel | undefined)[] = prepared.map(() => undefined);
  const rows: PlacedReferenceLabel[][] = [];
  for (const [rank, index] of order.entries()) {
    const { line, xPx, text, widthPx } = prepared[index]!;
    const candidates = candidatesFor(xPx, widthPx, plotWidthPx);
    const laterXs = order.slice(rank + 1).map((later) => prepared[later]!.xPx);
    let best: { row: number; candidate: Candidate } | undefined;
    // A new row at the top is always free, so the loop always finds a place.
    for (let row = 0; row <= rows.length && !best; row++) {
      const clear = candidates.filter((candidate) =>
        (rows[row] ?? []).every(
          (other) =>
            candidate.rightPx + REFERENCE_LABEL_GAP_PX <= other.leftPx ||
            other.rightPx + REFERENCE_LABEL_GAP_PX <= candidate.leftPx,
        ),
      );
      // The first of the fewest crossings.
      const candidate = least(clear, (place) => countCrossings(place, row, xPx, placed, laterXs));
      if (candidate) best = { row, candidate };
    }
    const { row, candidate } = best!;
    const label: PlacedReferenceLabel = {
      id: line.id,
      xPx,
      text,
      fullText: wordsFor('chart', CHART).rows.referenceFull(line.label, formatCount(Math.round(line.value)), line.asOf),
      row,
      ...candidate,
    };
    placed[index] = label;
    (rows[row] ??= []).push(label);
  }
  return { labels: placed.filter((label) => label !== undefined), rowCount: rows.length };
}

/** Right of the line, left of it, or shifted inside the plot; only those within the plot. */
function candidatesFor(xPx: number, widthPx: number, plotWidthPx: number): Candidate[] {
  const [rightOf, leftOf] = [xPx + LINE_GAP_PX, xPx - LINE_GAP_PX];
  const right: Candidate = { leftPx: rightOf, rightPx: rightOf + widthPx, anchorXPx: rightOf, textAnchor: 'start' };
  const left: Candidate = { leftPx: leftOf - widthPx, rightPx: leftOf, anchorXPx: leftOf, textAnchor: 'end' };
  const inside = (c: Candidate) => c.leftPx >= 0 && c.rightPx <= plotWidthPx;
  const fitting = [right, left].filter(inside);
  if (fitting.length > 0) return fitting;
  // Neither side fits: centre the label on its line, then pull it back inside the plot.
  const leftPx = Math.min(plotWidthPx - widthPx, Math.max(0, xPx - widthPx / 2));
  return [{ leftPx, rightPx: leftPx + widthPx, anchorXPx: leftPx, textAnchor: 'start' }];
}

/**
 * How many lines would run through a label placed at `candidate` in `row`, or through which this
 * label's own line would run: placed lines that reach a higher row, placed labels lower down that
 * this line passes, and lines not placed yet (which may well reach higher).
 */
function countCrossings(
  candidate: Candidate,
  row: number,
  xPx: number,
  placed: readonly (PlacedReferenceLabel | undefined)[],
  laterXs: readonly number[],
): number {
  const covers = (x: number, label: { leftPx: number; rightPx: number }) =>
    x >= label.leftPx - CROSSING_MARGIN_PX && x <= label.rightPx + CROSSING_MARGIN_PX;
  const crossed = placed.filter(
    (other) => other && (other.row > row ? covers(other.xPx, candidate) : other.row < row && covers(xPx, other)),
  );
  return laterXs.filter((x) => covers(x, candidate)).length + crossed.length;
}

/** "Germany 83.5M"; when that is wider than the plot, the name is cut with "…" and the value kept. */
function fitText(name: string, value: string, maxWidthPx: number, fontSizePx: number): string {
  const whole = `${name} ${value}`;
  if (estimateTextWidth(whole, fontSizePx) <= maxWidthPx) return whole;
  const chars = [...name];
  const cut = () => `${chars.join('').trimEnd()}… ${value}`;
  // "… 83.5M" alone always fits: a value is a few characters, a row chart's plot at least 256 px wide.
  while (chars.length > 0 && estimateTextWidth(cut(), fontSizePx) > maxWidthPx) chars.pop();
  return cut();
}
