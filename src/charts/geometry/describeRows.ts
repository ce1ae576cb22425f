import type { Interval } from '../../model/interval';
import { formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';

const NUMBER_WORDS = 'No One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve'.split(' ');

/** "Seven scopes", "One scope", "13 scopes". */
export function countInWords(count: number, noun: string): string {
  return `${NUMBER_WORDS[count] ?? String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A scope's reach in words: "4 people", "1 person", "about 204 million people (196–212 million)".
 *
 * @param reach persons: median and 5th and 95th percentiles
 */
export function reachInWords(reach: Interval): string {
  if (reach.p05 === reach.p95) {
    const count = formatPeopleInterval(reach);
    return `${count} ${count === '1' ? 'person' : 'people'}`;
  }
  const median = formatPeople(reach.median);
  const range = formatPeopleRange(reach.p05, reach.p95);
  return range === `${median}–${median}` ? `about ${median} people` : `about ${median} people (${range})`;
}

/**
 * A row chart in plain English, for its `<desc>`: how many scopes on what scale, the smallest and
 * the largest, whether brackets hold 90% intervals, then any further sentences.
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
  if (rows.length === 0) return 'No scopes to show.';
  const sentences = [`${countInWords(rows.length, 'scope')} ${scale}.`];
  if (rows.length === 1) sentences.push(`${inWords(rows[0]!)}.`);
  else {
    const sorted = [...rows].sort((a, b) => valueOf(a).median - valueOf(b).median);
    sentences.push(`Smallest: ${inWords(sorted[0]!)}.`, `Largest: ${inWords(sorted.at(-1)!)}.`);
  }
  if (rows.some((row) => valueOf(row).p05 !== valueOf(row).p95))
    sentences.push('Ranges in brackets are 90% intervals.');
  return [...sentences, ...more].join(' ');
}
