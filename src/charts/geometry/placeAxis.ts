import { firstThatFits, placeText, type TextMark } from './textMark';
import { wrapText } from './wrapText';

/**
 * A tick: a gridline at `atPx` along its axis (x on a horizontal axis, y on the histogram's count
 * axis), labelled unless its label would touch another.
 */
export interface AxisTick {
  /** The value at the tick: persons, a share 0-1, or draws. */
  value: number;
  atPx: number;
  label: TextMark | undefined;
}

/** A horizontal axis as `AxisX` draws it, px. */
export interface PlacedAxis {
  /** The baseline, from x0Px to x1Px at yPx. */
  x0Px: number;
  x1Px: number;
  yPx: number;
  ticks: AxisTick[];
  /** The axis title's lines, under the tick labels. */
  title: TextMark;
  /** y of the title's bottom: where the next thing may start. */
  bottomPx: number;
}

/** An axis before it is placed: its scale, ticks and title. */
export interface AxisSpec {
  /** Value → x, px. */
  scale: (value: number) => number;
  /** The ticks, left to right. */
  values: readonly number[];
  /** One per value. */
  labels: readonly string[];
  /** Only every n-th tick may keep its label; unset, 1. */
  labelEvery?: number;
  /** The title's paragraphs, each as alternatives, longest first. */
  titles: readonly (readonly string[])[];
}

export const TICK_FONT_SIZE_PX = 11;
const TITLE_FONT_SIZE_PX = 12;
/** Least free space between two tick labels, px. */
export const TICK_GAP_PX = 8;

/**
 * The one axis placer of every chart: `axis` along [x0Px, x1Px] at yPx. Each tick label is centred
 * on its tick, pulled inside [x0Px, x1Px] at the edges, and dropped (its tick stays) where it would
 * come within `TICK_GAP_PX` of the label before it; with `labelEvery` n, only every n-th tick may
 * keep one. The title is the first of its alternatives that fits the axis's width, wrapped to two lines.
 */
export function placeAxis(
  { scale, values, labels, titles, labelEvery = 1 }: AxisSpec,
  { x0Px, x1Px, yPx }: { x0Px: number; x1Px: number; yPx: number },
): PlacedAxis {
  const labelYPx = yPx + 6 + TICK_FONT_SIZE_PX;
  let previousRightPx = -Infinity;
  const ticks = values.map((value, i): AxisTick => {
    const atPx = scale(value);
    let label: TextMark | undefined;
    if (i % labelEvery === 0) {
      label = placeText(labels[i]!, atPx, labelYPx, TICK_FONT_SIZE_PX, 'middle', [x0Px, x1Px]);
      if (label.box.leftPx < previousRightPx + TICK_GAP_PX) label = undefined;
      else previousRightPx = label.box.rightPx;
    }
    return { value, atPx, label };
  });
  const widthPx = x1Px - x0Px;
  const lines = titles.flatMap((alternatives) =>
    wrapText(firstThatFits(alternatives, widthPx, TITLE_FONT_SIZE_PX), widthPx, TITLE_FONT_SIZE_PX, 2),
  );
  const title = placeText(lines, x0Px, labelYPx + 20, TITLE_FONT_SIZE_PX);
  return { x0Px, x1Px, yPx, ticks, title, bottomPx: title.box.bottomPx };
}
