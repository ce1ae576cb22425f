import { formatClaimed, formatQuantityInterval } from './formatQuantity';
import type { ClaimCheck, SummaryKind } from './checkClaims';
import type { VerdictKind } from './verdict';

/** Widest the quoted words may be in the table, characters. */
export const WORDS_WIDTH = 48;

const VERDICT_WORDS: Record<VerdictKind, string> = {
  supported: 'supported',
  'too-high': 'too high',
  'too-low': 'too low',
};

const SUMMARY_WORDS: Record<SummaryKind, string> = {
  supported: 'SUPPORTED',
  'depends-on-reading': 'DEPENDS ON THE READING',
  'not-supported': 'NOT SUPPORTED',
  'too-high': 'TOO HIGH',
  'too-low': 'TOO LOW',
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

function readingVerdictText(kind: VerdictKind, factor: number): string {
  if (kind === 'supported' || !Number.isFinite(factor)) return VERDICT_WORDS[kind];
  return `${VERDICT_WORDS[kind]} (${factor < 10 ? factor.toFixed(1) : Math.round(factor)}×)`;
}

/**
 * Claim checks as plain text for a terminal: for each claim, the words (shortened), who said them
 * and when, the range the words assert and how the hedge was read, the verdict across readings,
 * then one aligned line per reading with the model's median and 90% interval and its verdict.
 *
 * @param title the claims file's title
 */
export function formatClaimsTable(title: string, checks: readonly ClaimCheck[]): string {
  const seeds = [...new Set(checks.map((check) => `${check.tested.scenarioId} (seed ${check.tested.seed})`))];
  const lines = [
    title,
    `${checks.length} claims, each tested under every reading of its undefined family term: ${seeds.join(', ')}`,
    'Model intervals are the 5th-95th percentiles of the parameter draws within one reading; the readings show which relatives count.',
  ];
  for (const check of checks) {
    const who = check.who.split(/[(,]/)[0]!.trim();
    lines.push(
      '',
      `“${shortenWords(check.words)}” (${who}, ${check.when})`,
      `  Claimed: ${formatClaimed(check.unit, check.claimed)}. ${check.hedgeReading}`,
      `  Verdict: ${SUMMARY_WORDS[check.summary.kind]}. ${check.summary.text}`,
    );
    const width = Math.max(...check.readings.map((r) => r.readingLabel.length));
    const valueWidth = Math.max(...check.readings.map((r) => formatQuantityInterval(check.unit, r.modelled).length));
    for (const reading of check.readings) {
      const marker = reading.readingId !== null && reading.readingId === check.definedReading ? '*' : ' ';
      lines.push(
        `   ${marker}${reading.readingLabel.padEnd(width)}  ${formatQuantityInterval(check.unit, reading.modelled).padEnd(valueWidth)}  ${readingVerdictText(reading.verdict.kind, reading.verdict.factor)}`,
      );
    }
    if (check.definedReading !== undefined) lines.push('    * the reading the measure itself defines');
  }
  return lines.join('\n');
}
