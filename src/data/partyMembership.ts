import type { Figure } from './figure';

/**
 * Communist Party of China membership at the end of each year, from the Organization Department's
 * yearly intra-party statistical bulletins. US media in 2020 quoted "92 million": the end-2019 figure.
 */
export const PARTY_MEMBERSHIP: readonly Figure[] = [
  {
    id: 'party-members-2012',
    label: 'Party members, end 2012',
    value: 85_127_000,
    unit: 'people',
    asOf: '2012-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2013',
    label: 'Party members, end 2013',
    value: 86_686_000,
    unit: 'people',
    asOf: '2013-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2014',
    label: 'Party members, end 2014',
    value: 87_793_000,
    unit: 'people',
    asOf: '2014-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2015',
    label: 'Party members, end 2015',
    value: 88_758_000,
    unit: 'people',
    asOf: '2015-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2016',
    label: 'Party members, end 2016',
    value: 89_447_000,
    unit: 'people',
    asOf: '2016-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2017',
    label: 'Party members, end 2017',
    value: 89_564_000,
    unit: 'people',
    asOf: '2017-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2018',
    label: 'Party members, end 2018',
    value: 90_594_000,
    unit: 'people',
    asOf: '2018-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2019',
    label: 'Party members, end 2019',
    value: 91_914_000,
    unit: 'people',
    asOf: '2019-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2020',
    label: 'Party members, end 2020',
    value: 93_278_000,
    unit: 'people',
    asOf: '2020-12-31',
    status: 'derived',
  },
  {
    id: 'party-members-2021',
    label: 'Party members, end 2021',
    value: 96_712_000,
    unit: 'people',
    asOf: '2021-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2022',
    label: 'Party members, end 2022',
    value: 98_041_000,
    unit: 'people',
    asOf: '2022-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2023',
    label: 'Party members, end 2023',
    value: 99_185_000,
    unit: 'people',
    asOf: '2023-12-31',
    status: 'official',
  },
  {
    id: 'party-members-2024',
    label: 'Party members, end 2024',
    value: 100_271_000,
    unit: 'people',
    asOf: '2024-12-31',
    status: 'official',
  },
];

/** Key, band label and people. */
type BandRow = [key: string, band: string, people: number];

/** The eight age bands of one year's bulletin as catalogue figures. */
function ageBands(year: number, rows: readonly BandRow[]): Figure[] {
  return rows.map(([key, band, value]) => ({
    id: `party-members-${year}-age-${key}`,
    label: `Party members aged ${band}, end ${year}`,
    value,
    unit: 'people',
    asOf: `${year}-12-31`,
    status: 'official',
  }));
}

/** Party members by age at the end of 2017 (2017 bulletin); the bands add to 89.564 million. */
export const PARTY_AGE_BANDS_2017: readonly Figure[] = ageBands(2017, [
  ['30-or-under', '30 or under', 13_314_000],
  ['31-35', '31-35', 9_023_000],
  ['36-40', '36-40', 8_233_000],
  ['41-45', '41-45', 8_900_000],
  ['46-50', '46-50', 8_888_000],
  ['51-55', '51-55', 9_417_000],
  ['56-60', '56-60', 6_606_000],
  ['61-plus', '61 and over', 25_183_000],
]);

/** Party members by age at the end of 2022 (2022 bulletin); the bands add to 98.041 million. */
export const PARTY_AGE_BANDS_2022: readonly Figure[] = ageBands(2022, [
  ['30-or-under', '30 or under', 12_435_000],
  ['31-35', '31-35', 11_500_000],
  ['36-40', '36-40', 10_356_000],
  ['41-45', '41-45', 8_966_000],
  ['46-50', '46-50', 9_291_000],
  ['51-55', '51-55', 8_975_000],
  ['56-60', '56-60', 9_159_000],
  ['61-plus', '61 and over', 27_359_000],
]);

/** Party members by age at the end of 2023 (2023 bulletin); the bands add to 99.186 million. */
export const PARTY_AGE_BANDS_2023: readonly Figure[] = ageBands(2023, [
  ['30-or-under', '30 or under', 12_412_000],
  ['31-35', '31-35', 11_196_000],
  ['36-40', '36-40', 10_864_000],
  ['41-45', '41-45', 9_459_000],
  ['46-50', '46-50', 9_071_000],
  ['51-55', '51-55', 9_405_000],
  ['56-60', '56-60', 8_907_000],
  ['61-plus', '61 and over', 27_872_000],
]);

/** Party members by age at the end of 2024 (2024 bulletin); the bands add to 100.27 million. */
export const PARTY_AGE_BANDS_2024: readonly Figure[] = ageBands(2024, [
  ['30-or-under', '30 or under', 12_272_000],
  ['31-35', '31-35', 10_764_000],
  ['36-40', '36-40', 11_475_000],
  ['41-45', '41-45', 9_687_000],
  ['46-50', '46-50', 9_041_000],
  ['51-55', '51-55', 9_412_000],
  ['56-60', '56-60', 8_646_000],
  ['61-plus', '61 and over', 28_973_000],
]);
