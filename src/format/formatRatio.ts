import { format } from 'd3-format';
import { formatPeople } from './formatPeople';

const threeFigures = format(',.3~r');

/** A ratio to three significant figures: "2.27", "903", "45.1 million". */
function ratioText(ratio: number): string {
  return ratio >= 1e6 ? formatPeople(ratio) : threeFigures(ratio);
}

/**
 * How many times one count is another, to three significant figures (words for millions), with
 * its 90% interval when it has one: "903 times (838–973)", "6 times", "2.27 times (2.1–2.45)".
 *
 * @param ratio the median and 90% interval of a ratio, above 0
 */
export function formatRatio(ratio: { median: number; p05: number; p95: number }): string {
  const median = ratioText(ratio.median);
  const low = ratioText(ratio.p05);
  const high = ratioText(ratio.p95);
  return low === high ? `${median} times` : `${median} times (${low}–${high})`;
}
