import type { ScopeRecord } from '../../src/report/estimateRecord';

/** China's population at the end of 2024, persons (NBS), for hand-made records. */
export const CHINA_2024 = 1_408_280_000;

/**
 * A scope record for chart tests: `reach` is [median, p05, p95] (equal for an exact count), the
 * rest follows from it. Shares are reach / population and reach / adults.
 */
export function makeScopeRecord(
  id: string,
  label: string,
  core: number,
  [median, p05, p95]: [number, number, number],
): ScopeRecord {
  const population = CHINA_2024;
  const adultPopulation = population * 0.789;
  const interval = (n: number) => ({ median: n, p05: n, p95: n });
  return {
    id,
    label,
    year: 2024,
    population,
    adultPopulation,
    core,
    entities: 0,
    coreInterval: interval(core),
    relativesPerMember: interval(core > 0 ? median / core - 1 : 0),
    reach: { naive: median, median, p05, p95 },
    naiveReach: { median, p05, p95 },
    shareOfPopulation: { median: median / population, p05: p05 / population, p95: p95 / population },
    shareOfAdults: { median: median / adultPopulation, p05: p05 / adultPopulation, p95: p95 / adultPopulation },
    constrainedPerYear: [],
  };
}

/** Three scopes of the ladder's sizes: an exact 4, an estimate in thousands, one in millions. */
export const SMALL_MIDDLE_LARGE: ScopeRecord[] = [
  makeScopeRecord('named', 'Named officials', 4, [4, 4, 4]),
  makeScopeRecord('cc-families', 'Central Committee and adult family', 376, [3578, 3313, 3847]),
  makeScopeRecord(
    'members-families',
    'All members, spouses and children under 21',
    100_271_000,
    [203_987_396, 196_448_832, 211_743_982],
  ),
];
