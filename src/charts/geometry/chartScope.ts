import type { Interval } from '../../model/interval';

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
  reach: Interval;
  /** Shares of China's population and of its adults (18+), 0-1. */
  shareOfPopulation: Interval;
  shareOfAdults: Interval;
}
