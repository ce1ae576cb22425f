import { estimateTextWidth } from './estimateTextWidth';

/** A box in the coordinates of the chart that placed it, px. */
export interface Box {
  leftPx: number;
  rightPx: number;
  topPx: number;
  bottomPx: number;
}

/** A piece of chart text as the geometry places it and `ChartText` draws it, px. */
export interface TextMark {
  /** One line or several, `lineHeightPx` apart. */
  lines: readonly string[];
  /** Between baselines, px; unset, `LINE_PX`. */
  lineHeightPx?: number;
  /** x of the anchor, and y of the first baseline. */
  xPx: number;
  yPx: number;
  textAnchor: 'start' | 'middle' | 'end';
  /** The size its width was estimated at, and so the size to draw it at. */
  fontSizePx: number;
  /** Where it is estimated to be (`estimateTextWidth`), for overlap checks. */
  box: Box;
}

/** One line of chart text (12–13 px type), px. */
export const LINE_PX = 16;
/** The baseline's depth below the top of its line, px. */
export const BASELINE_PX = 12;

/**
 * Places text at an anchor, moved sideways only as far as it must to stay within `within`
 * ([left, right], px) when given.
 *
 * @param text one line, or several
 * @param xPx x of the anchor, px
 * @param yPx y of the first baseline, px
 * @example placeText('1M', 100, 20, 11, 'middle', [0, 105]).xPx // => 97.85 (pulled in from the right edge)
 */
export function placeText(
  text: string | readonly string[],
  xPx: number,
  yPx: number,
  fontSizePx: number,
  textAnchor: TextMark['textAnchor'] = 'start',
  within?: readonly [number, number],
): TextMark {
  const lines = typeof text === 'string' ? [text] : text;
  const widthPx = Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSizePx)));
  let leftPx = textAnchor === 'start' ? xPx : textAnchor === 'end' ? xPx - widthPx : xPx - widthPx / 2;
  const shiftPx = within ? Math.max(within[0] - leftPx, Math.min(0, within[1] - leftPx - widthPx)) : 0;
  leftPx += shiftPx;
  const topPx = yPx - BASELINE_PX;
  return {
    lines,
    xPx: xPx + shiftPx,
    yPx,
    textAnchor,
    fontSizePx,
    box: { leftPx, rightPx: leftPx + widthPx, topPx, bottomPx: topPx + lines.length * LINE_PX },
  };
}

/** The first of `texts` (longest first) no wider than `widthPx`, else the last. */
export function firstThatFits(texts: readonly string[], widthPx: number, fontSizePx: number): string {
  return texts.find((text) => estimateTextWidth(text, fontSizePx) <= widthPx) ?? texts.at(-1)!;
}

/**
 * A label over a plot: the first of `texts` (longest first) that fits between the chart's text
 * edges `within`, centred on its anchor and kept between them.
 */
export function placeCentred(
  texts: readonly string[],
  xPx: number,
  yPx: number,
  fontSizePx: number,
  within: readonly [number, number],
): TextMark {
  return placeText(firstThatFits(texts, within[1] - within[0], fontSizePx), xPx, yPx, fontSizePx, 'middle', within);
}
