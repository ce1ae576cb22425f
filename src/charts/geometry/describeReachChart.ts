import type { ScopeRecord } from '../../report/estimateRecord';
import { isolate } from '../../format/isolate';
import { formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { formatShare, formatShareInterval } from '../../format/formatShare';
import type { ReferenceLine } from '../../data/referenceLines';

const NUMBER_WORDS = [
  'No',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
];

/** "Seven scopes", "One scope", "13 scopes". */
export function countInWords(count: number, noun: string): string {
  return `${NUMBER_WORDS[count] ?? String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A scope's reach in words: "4 people", "1 person", "about 204 million people (196–212 million)".
 *
 * @param reach persons: median and 5th and 95th percentiles
 */
export function reachInWords(reach: { median: number; p05: number; p95: number }): string {
  if (reach.p05 === reach.p95) {
    const count = formatPeopleInterval(reach);
    return `${count} ${count === '1' ? 'person' : 'people'}`;
  }
  const median = formatPeople(reach.median);
  const range = formatPeopleRange(reach.p05, reach.p95);
  return range === `${median}–${median}` ? `about ${median} people` : `about ${median} people (${range})`;
}

/**
 * The reach chart in plain English, for its `<desc>`: how many scopes, the scale, the smallest and
 * largest reach with their share of China's population, and the reference lines drawn.
 *
 * @param results the scopes drawn
 * @param references the reference lines drawn (only the shown ones)
 * @param linearEnd where a linear axis ends, persons; unset for the log axis
 * @example describeReachChart(ladder, [])
 * // => "Seven scopes on a log scale from 1 person to China's population of 1.41 billion. Smallest: …"
 */
export function describeReachChart(
  results: readonly ScopeRecord[],
  references: readonly ReferenceLine[],
  linearEnd?: number,
): string {
  if (results.length === 0) return 'No scopes to show.';
  const population = Math.max(...results.map((result) => result.population));
  const scopes = countInWords(results.length, 'scope');
  const sentences = [
    linearEnd === undefined
      ? `${scopes} on a log scale from 1 person to China's population of ${formatPeople(population)}.`
      : `${scopes} on a linear scale from 0 to ${formatPeople(linearEnd)} people.`,
  ];
  const share = (result: ScopeRecord) =>
    result.reach.p05 === result.reach.p95
      ? formatShare(result.shareOfPopulation.median)
      : formatShareInterval(result.shareOfPopulation);
  const inWords = (result: ScopeRecord) =>
    `${isolate(result.label)}, ${reachInWords(result.reach)}, ${share(result)} of China's population`;

  if (results.length === 1) {
    sentences.push(`${inWords(results[0]!)}.`);
  } else {
    const byReach = [...results].sort((a, b) => a.reach.median - b.reach.median);
    sentences.push(`Smallest: ${inWords(byReach[0]!)}.`, `Largest: ${inWords(byReach[byReach.length - 1]!)}.`);
  }
  if (results.some((result) => result.reach.p05 !== result.reach.p95))
    sentences.push('Ranges in brackets are 90% intervals.');
  if (references.length > 0)
    sentences.push(
      `Reference lines: ${references.map((line) => `${line.label}, ${formatPeople(line.value)}`).join('; ')}.`,
    );
  return sentences.join(' ');
}
