/** A piece of chart text as the geometry places it and `HaloText` draws it: SVG coordinates, px. */
export interface TextMark {
  /** SVG x of the anchor; set on every line when there are several. */
  xPx?: number;
  /** SVG y of the first baseline. */
  yPx: number;
  /** One line of text, or several (`lines`), one under the other. */
  text?: string;
  lines?: readonly string[];
  textAnchor?: 'start' | 'middle' | 'end';
  /** The size its width was estimated at, and so the size to draw it at. */
  fontSizePx: number;
}
