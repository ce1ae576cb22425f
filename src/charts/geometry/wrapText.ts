import { estimateTextWidth, WIDE_CHARS } from './estimateTextWidth';

const ELLIPSIS = '…';
/**
 * Where a line may break: before a word, and before each Chinese character, which needs no
 * spaces. Punctuation stays with what it follows, a bracket with what it opens: a line never
 * starts with "，" or ends with "（". Each piece keeps the spaces before it.
 */
const PIECE = new RegExp(
  `\\s*[（「『《〈【]*(?:[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+)[，。、；：？！）」』》〉】]*`,
  'gu',
);

/** Labels wrapped so far, by width, size, lines and text: charts are placed again on every estimate. */
const wrapped = new Map<string, string[]>();

/**
 * Breaks a label into at most `maxLines` lines no wider than `maxWidthPx` (by
 * `estimateTextWidth`): at spaces, and between Chinese characters. A word longer than a line is
 * cut; text that does not fit in `maxLines` ends with "…".
 *
 * @param text the label
 * @param maxWidthPx width of a line, px, more than one character
 * @param fontSizePx font size, px
 * @param maxLines 1 or more; unset, as many as the text takes
 * @example wrapText('Named officials (Global Magnitsky, July 2020)', 200, 13, 2)
 * // => ['Named officials (Global', 'Magnitsky, July 2020)']
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number, maxLines = Infinity): string[] {
  const key = `${maxWidthPx} ${fontSizePx} ${maxLines} ${text}`;
  if (wrapped.size > 500) wrapped.clear();
  if (!wrapped.has(key)) wrapped.set(key, wrapAnew(text, maxWidthPx, fontSizePx, maxLines));
  return [...wrapped.get(key)!];
}

function wrapAnew(text: string, maxWidthPx: number, fontSizePx: number, maxLines: number): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSizePx) <= maxWidthPx;
  const lines: string[] = [];
  let current = '';
  for (const piece of text.match(PIECE) ?? []) {
    const candidate = current ? `${current}${piece.replace(/^\s+/u, ' ')}` : piece.trimStart();
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A single word wider than the line is cut into line-sized pieces.
    let rest = piece.trimStart();
    while (!fits(rest)) {
      const chars = [...rest];
      let length = 1;
      while (fits(chars.slice(0, length + 1).join(''))) length++;
      lines.push(chars.slice(0, length).join(''));
      rest = chars.slice(length).join('');
    }
    current = rest;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;

  const kept = lines.slice(0, maxLines);
  const whole = kept[maxLines - 1] ?? '';
  const last = [...whole];
  // Make room for the ellipsis within the line width, cutting back to a whole word when one fits.
  while (last.length > 0 && !fits(`${last.join('')}${ELLIPSIS}`)) last.pop();
  let cut = last.join('');
  const space = cut.lastIndexOf(' ');
  if (cut.length < whole.length && whole[cut.length] !== ' ' && space > 0) cut = cut.slice(0, space);
  kept[maxLines - 1] = `${cut.trimEnd()}${ELLIPSIS}`;
  return kept;
}
