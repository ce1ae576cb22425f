import { describe, expect, it } from 'vitest';
import { countriesLarger } from '../../src/claims/countriesLarger';
import { COUNTRY_RANKING, type CountryRanking } from '../../src/claims/countryRanking';

describe('countriesLarger', () => {
  // The catalogue's ranking: Viet Nam 16th (100,987,686), Iran 17th (91,567,738), of 195 countries.
  it.each([
    ["end-2019 membership (the op-ed's 92 million)", 91_914_000, { low: 16, high: 16 }],
    ['end-2024 membership', 100_271_000, { low: 16, high: 16 }],
    ['exactly Viet Nam', 100_987_686, { low: 16, high: 16 }],
    ['exactly Iran: at least 17, and the 18th is not in the ranking', 91_567_738, { low: 17, high: 195 }],
    ['more than Viet Nam', 150e6, { low: 0, high: 15 }],
    ['fewer than Iran', 5e6, { low: 17, high: 195 }],
  ])('%s', (_, people, count) => {
    expect(countriesLarger(people, COUNTRY_RANKING)).toEqual(count);
  });

  it('reads the ranked countries in any order', () => {
    const reversed: CountryRanking = { ...COUNTRY_RANKING, ranked: [...COUNTRY_RANKING.ranked].reverse() };
    expect(countriesLarger(95e6, reversed)).toEqual({ low: 16, high: 16 });
  });

  it('takes its populations from the figures catalogue, most populous first', () => {
    const [vietnam, iran] = COUNTRY_RANKING.ranked;
    expect(vietnam!.figure.label).toBe('Viet Nam');
    expect(iran!.figure.label).toBe('Iran');
    expect(vietnam!.figure.value).toBeGreaterThan(iran!.figure.value);
  });
});
