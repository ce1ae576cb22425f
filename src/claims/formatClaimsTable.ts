import { formatClaimed, formatQuantityInterval } from './formatQuantity';
import type { ClaimCheck, SummaryKind } from './checkClaims';
import type { VerdictKind } from './verdict';
import { shortenWords } from './shortenWords';

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
