import { format } from 'd3-format';

const grouped = format(',');
const threeSignificant = format(',.3r');

/**
 * A count of people for reading: whole numbers with thousands separators, rounded to three
 * significant figures from 1,000 up (the model is not more precise than that).
 *
 * @param people persons, 0 or more
 * @example formatPeople(203987352) // => "204,000,000"
 * @example formatPeople(4) // => "4"
 */
export function formatPeople(people: number): string {
  if (!Number.isFinite(people)) return '–';
  const rounded = Math.round(people);
  return rounded < 1000 ? grouped(rounded) : threeSignificant(rounded);
}

/**
 * A median with its 90% interval: "204,000,000 (196,000,000–212,000,000)". An exact value (no
 * interval) is a count from an official table, so it is shown in full: "100,271,000".
 */
export function formatPeopleInterval(interval: { median: number; p05: number; p95: number }): string {
  if (interval.p05 === interval.p95) return grouped(Math.round(interval.median));
  const median = formatPeople(interval.median);
  const low = formatPeople(interval.p05);
  const high = formatPeople(interval.p95);
  return low === high ? median : `${median} (${low}–${high})`;
}

/** Just the median: in full when exact (an official count), else to three significant figures. */
export function formatPeopleMedian(interval: { median: number; p05: number; p95: number }): string {
  return interval.p05 === interval.p95 ? grouped(Math.round(interval.median)) : formatPeople(interval.median);
}
