import type { CountryRanking } from './countryRanking';

/** Bounds on a count of countries, both ends included; `low === high` when the count is known. */
export interface CountryCount {
  low: number;
  high: number;
}

/**
 * How many countries have at least `people` people, from a partial ranking.
 *
 * Every country ranked at or above a ranked country with `people` or more is at least as large,
 * so the count is at least that rank; a ranked country with fewer people, and every country below
 * it, is smaller, so the count is at most one less than its rank. Between two ranked neighbours
 * the bounds meet and the count is exact.
 *
 * @param people persons, 0 or more
 * @param ranking ranked countries (any order) and the number of countries
 * @returns countries, 0 to `ranking.countries`
 * @example countriesLarger(91.914e6, COUNTRY_RANKING) // => { low: 16, high: 16 }
 */
export function countriesLarger(people: number, ranking: CountryRanking): CountryCount {
  let low = 0;
  let high = ranking.countries;
  for (const { rank, figure } of ranking.ranked) {
    if (figure.value >= people) low = Math.max(low, rank);
    else high = Math.min(high, rank - 1);
  }
  return { low, high };
}
