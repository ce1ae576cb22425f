import type { Interval } from '../../model/interval';
import { formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { CHART } from '../../i18n/en/chart';
import { currentLocale, wordsFor } from '../../i18n/wordsFor';

/**
 * A scope's reach in words: "4 people", "1 person", "about 204 million people (196–212 million)";
 * as its direct label (`asLabel`), an exact count in full ("4", "100,271,000") and an estimate as
 * "≈ median (5th–95th percentile)": "≈ 204 million (196–212 million)".
 *
 * @param reach persons: median and 5th and 95th percentiles
 */
export function reachInWords(reach: Interval, asLabel = false): string {
  const [w, locale] = [wordsFor('chart', CHART).reach, currentLocale()];
  const count = reach.p05 === reach.p95 ? formatPeopleInterval(reach, locale) : undefined;
  if (count !== undefined) return asLabel ? count : w.exact(count);
  const median = formatPeople(reach.median, locale);
  const range = formatPeopleRange(reach.p05, reach.p95, locale);
  return (asLabel ? w.approx : w.about)(median, range === `${median}–${median}` ? undefined : range);
}

/**
 * A row chart in words, for its `<desc>`: how many scopes on what scale, the smallest and the
 * largest, whether brackets hold 90% intervals, then any further sentences.
 *
 * @param scale how the axis runs, e.g. "on a log scale from 1 person to China's population of 1.41 billion"
 * @param valueOf the value a row is drawn at: its median and 90% interval
 * @param inWords a row in words, its label isolated (`isolate`) so the label cannot reorder the numbers
 * @example describeRows(ladder, 'on a log scale …', (r) => r.reach, inWords)
 * // => "Seven scopes on a log scale …. Smallest: …. Largest: …. Ranges in brackets are 90% intervals."
 */
export function describeRows<Row>(
  rows: readonly Row[],
  scale: string,
  valueOf: (row: Row) => Interval,
  inWords: (row: Row) => string,
  more: readonly string[] = [],
): string {
  const words = wordsFor('chart', CHART);
  const w = words.rows;
  if (rows.length === 0) return w.noScopes;
  const sentences = [w.scopesOn(rows.length, scale)];
  if (rows.length === 1) sentences.push(w.one(inWords(rows[0]!)));
  else {
    const sorted = [...rows].sort((a, b) => valueOf(a).median - valueOf(b).median);
    sentences.push(w.smallest(inWords(sorted[0]!)), w.largest(inWords(sorted.at(-1)!)));
  }
  if (rows.some((row) => valueOf(row).p05 !== valueOf(row).p95)) sentences.push(w.bracketed);
  return [...sentences, ...more].join(words.sentences);
}
