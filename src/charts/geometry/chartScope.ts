/** A median with its 90% interval (5th and 95th percentiles), in the unit of what it measures. */
export interface MedianInterval {
  median: number;
  p05: number;
  p95: number;
}

/**
 * What the charts read of one scope's estimate: the report's `ScopeRecord` has all of it, so the
 * chart kit draws records without importing the report layer.
 */
export interface ChartScope {
  id: string;
  label: string;
  /** People sanctioned directly (median), persons. */
  core: number;
  /** China's population in the scope's year, persons. */
  population: number;
  /** People reached, persons. */
  reach: MedianInterval;
  /** Shares of China's population and of its adults (18+), 0-1. */
  shareOfPopulation: MedianInterval;
  shareOfAdults: MedianInterval;
}
