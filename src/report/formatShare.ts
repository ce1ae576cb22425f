import { format } from 'd3-format';

const percent = format('.3p');

/**
 * A share as a percentage with three significant figures, keeping tiny shares readable.
 *
 * @param share 0-1
 * @example formatShare(0.14484) // => "14.5%"
 * @example formatShare(0.0000025) // => "0.000250%"
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  if (share === 0) return '0%';
  return percent(share);
}

/** A share with its 90% interval: "14.5% (14.0–15.0%)". */
export function formatShareInterval(interval: { median: number; p05: number; p95: number }): string {
  const median = formatShare(interval.median);
  const low = formatShare(interval.p05);
  const high = formatShare(interval.p95);
  return low === high ? median : `${median} (${low.replace('%', '')}–${high})`;
}
