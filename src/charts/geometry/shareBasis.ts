import type { Interval } from '../../model/interval';
import type { ChartScope } from './chartScope';

import type { ShareBasis } from '../../link/linkState';

export type { ShareBasis };

/** The share a basis reads from a scope. */
export function shareOf(result: ChartScope, basis: ShareBasis): Interval {
  return basis === 'adults' ? result.shareOfAdults : result.shareOfPopulation;
}

/** "China's population" or "China's adults". */
export function basisInWords(basis: ShareBasis): string {
  return basis === 'adults' ? "China's adults" : "China's population";
}
