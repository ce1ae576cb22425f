import type { ScopeRecord } from '../../report/estimateRecord';

import type { ShareBasis } from '../../link/linkState';

export type { ShareBasis };

/** The share a basis reads from a scope. */
export function shareOf(result: ScopeRecord, basis: ShareBasis): { median: number; p05: number; p95: number } {
  return basis === 'adults' ? result.shareOfAdults : result.shareOfPopulation;
}

/** "China's population" or "China's adults". */
export function basisInWords(basis: ShareBasis): string {
  return basis === 'adults' ? "China's adults" : "China's population";
}
