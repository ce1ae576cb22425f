import { formatClaimed, formatQuantityInterval } from './formatQuantity';
import type { ClaimCheck } from './checkClaims';
import type { VerdictKind } from './verdict';

/** Widest the quoted words may be in the table, characters. */
export const WORDS_WIDTH = 48;

const COLUMNS = ['Claim', 'Who', 'Claimed', 'Model: median (90% interval)', 'Verdict', 'Reason'];

const VERDICT_WORDS: Record<VerdictKind, string> = {
  supported: 'supported',
  'too-high': 'too high',
  'too-low': 'too low',
};

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

function verdictText(check: ClaimCheck): string {
  const { kind, factor } = check.verdict;
  if (kind === 'supported' || !Number.isFinite(factor)) return VERDICT_WORDS[kind];
  return `${VERDICT_WORDS[kind]} (${factor < 10 ? factor.toFixed(1) : Math.round(factor)}×)`;
}

/**
 * Claim checks as a plain-text table for a terminal: one row per claim with the words shortened,
 * who said it, the claim, the model's median and 90% interval, the verdict and its reason (with
 * what it would take, when solved).
 *
 * @param title the claims file's title
 */
export function formatClaimsTable(title: string, checks: readonly ClaimCheck[]): string {
  const rows = checks.map((check) => [
    `“${shortenWords(check.words)}”`,
    // "The US government, as reported by …" → "The US government": the rest is in the JSON.
    shortenWords(check.who.split(/[(,]/)[0]!.trim(), 28),
    formatClaimed(check.unit, check.claimed),
    formatQuantityInterval(check.unit, check.modelled),
    verdictText(check),
    check.whatItWouldTake ? `${check.verdict.reason} ${check.whatItWouldTake.reason}` : check.verdict.reason,
  ]);
  const widths = COLUMNS.map((name, c) => Math.max(name.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  const seeds = [...new Set(checks.map((check) => `${check.tested.scenarioId} (seed ${check.tested.seed})`))];
  return [
    title,
    `${checks.length} claims, each tested on one scope: ${seeds.join(', ')}; model intervals are the 5th–95th percentiles`,
    '',
    line(COLUMNS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
