import type { Figure } from './figure';

/** A year-end total as NBS first published it (see the note in `figureSources.ts`). */
function original(year: number, value: number): Figure {
  return {
    id: `china-population-${year}`,
    label: `China (mainland), end ${year}`,
    value,
    unit: 'people',
    asOf: `${year}-12-31`,
    status: 'official',
  };
}

/**
 * China's mainland population at the end of each year (National Bureau of Statistics), the N of
 * the model: the people a scope's core and relatives are counted against. Up to 2019 the totals
 * are those first published, before the post-census revision; where each is sourced, and how, is
 * in `figureSources.ts`.
 */
export const CHINA_POPULATION: readonly Figure[] = [
  original(2012, 1_354_040_000),
  original(2013, 1_360_720_000),
  original(2014, 1_367_820_000),
  original(2015, 1_374_620_000),
  original(2016, 1_382_710_000),
  original(2017, 1_390_080_000),
  original(2018, 1_395_380_000),
  original(2019, 1_400_050_000),
  {
    id: 'china-population-2020',
    label: 'China (mainland), end 2020',
    value: 1_412_120_000,
    unit: 'people',
    asOf: '2020-12-31',
    status: 'derived',
  },
  {
    id: 'china-population-2021',
    label: 'China (mainland), end 2021',
    value: 1_412_600_000,
    unit: 'people',
    asOf: '2021-12-31',
    status: 'official',
  },
  {
    id: 'china-population-2022',
    label: 'China (mainland), end 2022',
    value: 1_411_750_000,
    unit: 'people',
    asOf: '2022-12-31',
    status: 'official',
  },
  {
    id: 'china-population-2023',
    label: 'China (mainland), end 2023',
    value: 1_409_670_000,
    unit: 'people',
    asOf: '2023-12-31',
    status: 'official',
  },
  {
    id: 'china-population-2024',
    label: 'China (mainland), end 2024',
    value: 1_408_280_000,
    unit: 'people',
    asOf: '2024-12-31',
    status: 'official',
  },
  {
    id: 'china-population-2025',
    label: 'China (mainland), end 2025',
    value: 1_404_890_000,
    unit: 'people',
    asOf: '2025-12-31',
    status: 'official',
  },
];
