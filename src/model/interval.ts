import { quantile } from 'simple-statistics';

/** The median and 90% interval of a Monte Carlo sample, in the sample's unit. */
export interface Interval {
  median: number;
  /** 5th percentile. */
  p05: number;
  /** 95th percentile. */
  p95: number;
}

/**
 * Median, 5th and 95th percentiles of a sample (linear interpolation between order statistics,
 * R's type 7), by selection rather than a full sort.
 *
 * @param sample one value per draw; not modified
 */
export function summarizeSample(sample: Float64Array): Interval {
  // Many samples are constant (a fixed group size, no family rule): skip the selection for them.
  const first = sample[0] ?? NaN;
  let constant = true;
  for (let i = 1; i < sample.length && constant; i++) constant = sample[i] === first;
  if (constant) return { median: first, p05: first, p95: first };
  // simple-statistics types take number[], but its quantile only indexes and slices, which a
  // Float64Array supports; it copies before selecting, so the sample is left as it was.
  const [p05, median, p95] = quantile(sample as unknown as number[], [0.05, 0.5, 0.95]) as number[];
  return { median: median!, p05: p05!, p95: p95! };
}
