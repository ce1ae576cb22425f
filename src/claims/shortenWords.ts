/** Widest the quoted words may be in the claims table, characters. */
export const WORDS_WIDTH = 48;

// Where the claim is in a sentence: its first hedge or quantity word, else its first number.
const CLAIM_WORD = /\b(quarter|fifth|third|half|most|billion|percent|up to|nearly|roughly|about)\b/i;
const NUMBER = /\d/;

/**
 * Quoted words cut to `width` characters around the first hedge or quantity word (or else the first
 * number), so the part that makes the claim survives ("…prohibiting a quarter of China's population…"), cut at spaces.
 */
export function shortenWords(words: string, width = WORDS_WIDTH): string {
  const text = words.replace(/\s+/g, ' ').trim();
  if (text.length <= width) return text;
  // Start a few words before the claim, at the beginning of a word.
  const word = text.search(CLAIM_WORD);
  const at = Math.max(0, word >= 0 ? word : text.search(NUMBER));
  const start = at <= 16 ? 0 : text.lastIndexOf(' ', at - 16) + 1;
  const prefix = start > 0 ? '…' : '';
  const room = width - prefix.length;
  if (text.length - start <= room) return prefix + text.slice(start);
  // Leave one character for the closing ellipsis and end at a space when there is one.
  const cut = start + room - 1;
  const space = text.lastIndexOf(' ', cut);
  return prefix + text.slice(start, space > start ? space : cut).trimEnd() + '…';
}
