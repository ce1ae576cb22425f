import { format } from 'd3-format';
import { formatPeople } from './formatPeople';

const percent = format('.3p');

/** Shares below this are written "<0.01%": more digits would claim a precision no one needs. */
export const SMALLEST_PERCENT = 0.0001;

/**
 * A share as a percentage with three significant figures; a share below 0.01% as "<0.01%".
 *
 * @param share 0-1
 * @example formatShare(0.14484) // => "14.5%"
 * @example formatShare(0.0000025) // => "<0.01%"
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  if (share === 0) return '0%';
  if (share < SMALLEST_PERCENT) return '<0.01%';
  return percent(share);
}

/** A share with its 90% interval: "14.5% (14.0–15.0%)"; "<0.01%" when even its top is that small. */
export function formatShareInterval(interval: { median: number; p05: number; p95: number }): string {
  const median = formatShare(interval.median);
  const low = formatShare(interval.p05);
  const high = formatShare(interval.p95);
  return low === high ? median : `${median} (${low.replace('%', '')}–${high})`;
}

/**
 * A small share as "1 in N" people, N to three significant figures: readable where a percentage
 * would need many zeros.
 *
 * @param share above 0, at most 1
 * @example formatOneIn(4 / 1.41e9) // => "1 in 353 million"
 */
export function formatOneIn(share: number): string {
  return share > 0 && Number.isFinite(share) ? `1 in ${formatPeople(1 / share)}` : '–';
}
