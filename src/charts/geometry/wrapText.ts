import { estimateTextWidth } from './estimateTextWidth';

const ELLIPSIS = '…';

/**
 * Breaks a label at spaces into at most `maxLines` lines no wider than `maxWidthPx` (by
 * `estimateTextWidth`). A word longer than a line is cut; text that does not fit in `maxLines`
 * ends with "…".
 *
 * @param text the label
 * @param maxWidthPx width of a line, px, more than one character
 * @param fontSizePx font size, px
 * @param maxLines 1 or more; unset, as many as the text takes
 * @example wrapText('Named officials (Global Magnitsky, July 2020)', 200, 13, 2)
 * // => ['Named officials (Global', 'Magnitsky, July 2020)']
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number, maxLines = Infinity): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSizePx) <= maxWidthPx;
  const maxChars = Math.max(1, Math.floor(maxWidthPx / estimateTextWidth('x', fontSizePx)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A single word wider than the line is cut into line-sized pieces.
    let rest = word;
    while (!fits(rest)) {
      const chars = [...rest];
      lines.push(chars.slice(0, maxChars).join(''));
      rest = chars.slice(maxChars).join('');
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
