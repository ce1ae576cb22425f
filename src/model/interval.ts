import { quickselect } from 'simple-statistics';

/** The median and 90% interval of a Monte Carlo sample, in the sample's unit. */
export interface Interval {
  median: number;
  /** 5th percentile. */
  p05: number;
  /** 95th percentile. */
  p95: number;
}

/** The quantiles an interval reports, in `Interval`'s order: p05, median, p95. */
const PROBABILITIES = [0.05, 0.5, 0.95] as const;

/**
 * What a sample's interval is read from: for each of p05, median and p95, the order statistics at
 * ranks floor((n - 1)p) and ceil((n - 1)p), between which R's type 7 interpolates. Six values,
 * in that order, and the sample's size.
 */
export interface OrderStatistics {
  n: number;
  values: Float64Array;
  /** Every value of the sample is the same (then the interval is that value, exactly). */
  constant: boolean;
}

/** Places the order statistics at `ranks` (ascending, distinct) within arr[left..right]. */
function selectRanks(arr: Float64Array, ranks: readonly number[], lo: number, hi: number, left: number, right: number) {
  if (lo > hi) return;
  // As simple-statistics' own multi-quantile selection: the middle rank first, then each side.
  const mid = (lo + hi) >> 1;
  const rank = ranks[mid]!;
  // A one-element range is already in place (and quickselect reads right = 0 as "to the end").
  if (left < right) quickselect(arr as unknown as number[], rank, left, right);
  selectRanks(arr, ranks, lo, mid - 1, left, rank - 1);
  selectRanks(arr, ranks, mid + 1, hi, rank + 1, right);
}

/**
 * The order statistics a sample's interval is read from (see `OrderStatistics`), by selection
 * rather than a full sort.
 *
 * @param sample one value per draw, at least one; not modified
 */
export function orderStatistics(sample: Float64Array): OrderStatistics {
  const n = sample.length;
  const values = new Float64Array(2 * PROBABILITIES.length);
  const first = sample[0] ?? NaN;
  let constant = true;
  for (let i = 1; i < n && constant; i++) constant = sample[i] === first;
  // Many samples are constant (a fixed group size, no family rule): no selection for them.
  if (constant) return { n, values: values.fill(first), constant };
  const ranks = PROBABILITIES.flatMap((p) => [Math.floor((n - 1) * p), Math.ceil((n - 1) * p)]);
  const copy = sample.slice();
  const distinct = [...new Set(ranks)];
  selectRanks(copy, distinct, 0, distinct.length - 1, 0, n - 1);
  ranks.forEach((rank, i) => (values[i] = copy[rank]!));
  return { n, values, constant };
}

/**
 * The interval of a sample from its order statistics; with `transform`, the interval of the
 * sample every value of which went through `transform` (as the model computed it), without a
 * second selection.
 *
 * @param transform a non-decreasing function: it then keeps every value's rank, so the
 *   transformed sample's order statistics are the transformed order statistics
 */
export function intervalFrom(
  { n, values, constant }: OrderStatistics,
  transform?: (value: number) => number,
): Interval {
  const at = (i: number) => (transform ? transform(values[i]!) : values[i]!);
  if (constant) {
    const value = at(0);
    return { median: value, p05: value, p95: value };
  }
  // R's type 7, written as simple-statistics' quantileSorted, so the numbers are its to the bit.
  const quantile = (q: number) => {
    const index = (n - 1) * PROBABILITIES[q]!;
    if (index % 1 === 0) return at(2 * q);
    const lower = at(2 * q);
    return lower + (index - Math.floor(index)) * (at(2 * q + 1) - lower);
  };
  const [p05, median, p95] = [quantile(0), quantile(1), quantile(2)];
  return { median, p05, p95 };
}

/**
 * Median, 5th and 95th percentiles of a sample (linear interpolation between order statistics,
 * R's type 7, as simple-statistics' `quantile`), by selection rather than a full sort.
 *
 * @param sample one value per draw, at least one; not modified
 */
export function summarizeSample(sample: Float64Array): Interval {
  return intervalFrom(orderStatistics(sample));
}
