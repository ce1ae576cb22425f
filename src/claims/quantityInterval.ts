import type { ScopeEstimate } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import type { ClaimQuantity } from './claim';
import { countriesLarger } from './countriesLarger';
import { COUNTRY_RANKING, type CountryRanking } from './countryRanking';

/**
 * Countries at least as populous as the scope's core: more core people, fewer such countries, so
 * the count's 5th percentile comes from the core's 95th and the other way round. Where the ranking
 * only bounds the count, the interval is the bounds and the median their middle.
 */
function countriesInterval(core: Interval, ranking: CountryRanking): Interval {
  const atMedian = countriesLarger(core.median, ranking);
  return {
    median: (atMedian.low + atMedian.high) / 2,
    p05: countriesLarger(core.p95, ranking).low,
    p95: countriesLarger(core.p05, ranking).high,
  };
}

/**
 * The model's median and 90% interval for the quantity a claim is about, in its unit (persons,
 * share 0-1, or countries), from one scope of an estimate.
 *
 * @param ranking the country ranking `countriesLarger` counts with
 */
export function quantityInterval(
  quantity: ClaimQuantity,
  scope: ScopeEstimate,
  ranking: CountryRanking = COUNTRY_RANKING,
): Interval {
  switch (quantity) {
    case 'peopleReached':
      return scope.peopleReached;
    case 'shareOfPopulation':
      return scope.shareOfPopulation;
    case 'shareOfAdults':
      return scope.shareOfAdults;
    case 'members':
      return scope.corePeople;
    case 'countriesLarger':
      return countriesInterval(scope.corePeople, ranking);
  }
}
