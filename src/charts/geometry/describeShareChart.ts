import type { ScopeRecord } from '../../report/estimateRecord';
import { isolate } from '../../format/isolate';
import { formatShareInterval } from '../../format/formatShare';
import { countInWords } from './describeReachChart';
import { basisInWords, shareOf, type ShareBasis } from './shareBasis';

/**
 * The share chart in plain English, for its `<desc>`: how many scopes, the basis, and the
 * smallest and largest share.
 *
 * @param results the scopes drawn
 * @param basis share of the whole population or of adults
 * @example describeShareChart(ladder, 'population')
 * // => "Seven scopes as a share of China's population, on a scale from 0 to 100%. Smallest: …"
 */
export function describeShareChart(results: readonly ScopeRecord[], basis: ShareBasis): string {
  if (results.length === 0) return 'No scopes to show.';
  const sentences = [
    `${countInWords(results.length, 'scope')} as a share of ${basisInWords(basis)}, on a scale from 0 to 100%.`,
  ];
  const inWords = (result: ScopeRecord) => `${isolate(result.label)}, ${formatShareInterval(shareOf(result, basis))}`;
  if (results.length === 1) {
    sentences.push(`${inWords(results[0]!)}.`);
  } else {
    const byShare = [...results].sort((a, b) => shareOf(a, basis).median - shareOf(b, basis).median);
    sentences.push(`Smallest: ${inWords(byShare[0]!)}.`, `Largest: ${inWords(byShare[byShare.length - 1]!)}.`);
  }
  if (results.some((result) => shareOf(result, basis).p05 !== shareOf(result, basis).p95))
    sentences.push('Ranges in brackets are 90% intervals.');
  return sentences.join(' ');
}
