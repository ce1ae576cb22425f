/**
 * Average advance of one character, in em, assumed for every chart label.
 *
 * The geometry runs without a DOM (in Node, in tests, before the first paint), so it cannot
 * measure text. Measured in Chromium, DejaVu Sans (the usual Linux fallback for system-ui and
 * sans-serif, and the widest common one) takes up to 0.64 em per character for digits and up to
 * 0.65 em for semi-bold words; the system faces of macOS, Windows and Android take about
 * 0.5–0.56 em. 0.65 em therefore never under-estimates common faces, so labels spaced by this
 * estimate do not touch on screen; elsewhere it only leaves a little more room than needed. A run of
 * wide capitals (W, M) can exceed it, which the few-pixel gaps between labels absorb.
 */
export const CHAR_WIDTH_EM = 0.65;

/** Chinese characters, full-width punctuation and other wide glyphs, each a full em: a character class's ranges. */
export const WIDE_CHARS = '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6';
const WIDE = new RegExp(`[${WIDE_CHARS}]`, 'gu');

/**
 * The estimated width of a one-line label.
 *
 * @param text the label
 * @param fontSizePx font size, px
 * @returns width, px: characters × font size × `CHAR_WIDTH_EM`, a Chinese character (or another
 *   wide glyph, `WIDE`) counted as a full em, as CJK faces draw them
 * @example estimateTextWidth('Germany 83.5M', 11) // => 92.95
 * @example estimateTextWidth('德国 8350万', 11) // => 5 × 11 × 0.65 + 3 × 11 = 68.75
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  // Count code points, not UTF-16 units, so "≈" and "–" count once.
  const wide = text.match(WIDE)?.length ?? 0;
  return ([...text].length - wide) * fontSizePx * CHAR_WIDTH_EM + wide * fontSizePx;
}
