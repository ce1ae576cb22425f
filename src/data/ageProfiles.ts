import type { AgeProfile } from '../model/ageProfile';
import {
  PARTY_AGE_BANDS_2017,
  PARTY_AGE_BANDS_2022,
  PARTY_AGE_BANDS_2023,
  PARTY_AGE_BANDS_2024,
} from './partyMembership';

/**
 * Representative ages of the bulletin's age bands, in the bands' order. Members join at 18 or
 * later, so the youngest band centres on 26 rather than 24; members aged 61 and over average
 * about 70, since China's population aged 60+ thins out quickly after 75.
 */
const BAND_AGES_YEARS = [26, 33, 38, 43, 48, 53, 58, 70] as const;

function fromBands(id: string, label: string, bands: readonly { value: number }[]): AgeProfile {
  const total = bands.reduce((sum, band) => sum + band.value, 0);
  return {
    id,
    label,
    points: bands.map((band, index) => ({ ageYears: BAND_AGES_YEARS[index] ?? 70, share: band.value / total })),
  };
}

/**
 * A year with no published age table, between two that have one: each band's share weighted by
 * how near each table's year is (end 2019 is 2/5 of the way from the end-2017 table to the
 * end-2022 one). Both tables use the same bands, so the result has the same eight ages.
 */
function between(year: number, from: AgeProfile, fromYear: number, to: AgeProfile, toYear: number): AgeProfile {
  const t = (year - fromYear) / (toYear - fromYear);
  return {
    id: `party-members-${year}`,
    label: `Party members (${year}: interpolated between the ${fromYear} and ${toYear} age bands)`,
    points: from.points.map((point, i) => ({
      ageYears: point.ageYears,
      share: point.share * (1 - t) + to.points[i]!.share * t,
    })),
  };
}

const members2017 = fromBands('party-members-2017', 'Party members (2017 age bands)', PARTY_AGE_BANDS_2017);
const members2022 = fromBands('party-members-2022', 'Party members (2022 age bands)', PARTY_AGE_BANDS_2022);

/**
 * The age profiles a scope's base group can take. Where each comes from is in
 * `ageProfileSources.ts`, under the same id. The bulletins for the ends of 2017, 2022, 2023 and
 * 2024 publish age bands; those for 2019 and 2021 do not, and the 2018 bands were found only in an
 * unaddressed copy, so the years 2018-2021 are interpolated between the 2017 and 2022 tables.
 */
export const AGE_PROFILES: readonly AgeProfile[] = [
  members2017,
  between(2018, members2017, 2017, members2022, 2022),
  between(2019, members2017, 2017, members2022, 2022),
  between(2020, members2017, 2017, members2022, 2022),
  between(2021, members2017, 2017, members2022, 2022),
  members2022,
  fromBands('party-members-2023', 'Party members (2023 age bands)', PARTY_AGE_BANDS_2023),
  fromBands('party-members-2024', 'Party members (2024 age bands)', PARTY_AGE_BANDS_2024),
  {
    id: 'central-committee',
    label: 'Central Committee members (estimated ages)',
    cadres: true,
    points: [
      { ageYears: 50, share: 0.1 },
      { ageYears: 55, share: 0.25 },
      { ageYears: 60, share: 0.45 },
      { ageYears: 65, share: 0.2 },
    ],
  },
  {
    id: 'senior-leaders',
    label: 'Politburo and its Standing Committee (estimated ages)',
    cadres: true,
    points: [
      { ageYears: 61, share: 0.3 },
      { ageYears: 65, share: 0.4 },
      { ageYears: 68, share: 0.3 },
    ],
  },
  {
    id: 'senior-officials',
    label: 'Provincial and bureau-level officials (estimated ages)',
    cadres: true,
    points: [
      { ageYears: 52, share: 0.3 },
      { ageYears: 58, share: 0.4 },
      { ageYears: 64, share: 0.3 },
    ],
  },
];

/**
 * The age profile all Party members take in each year: the year's own table where the bulletin
 * published one, an interpolation between published tables otherwise, and the nearest table
 * (end 2017) before the first one found.
 */
export const PARTY_MEMBER_PROFILE_BY_YEAR: Readonly<Record<number, string>> = {
  2012: 'party-members-2017',
  2013: 'party-members-2017',
  2014: 'party-members-2017',
  2015: 'party-members-2017',
  2016: 'party-members-2017',
  2017: 'party-members-2017',
  2018: 'party-members-2018',
  2019: 'party-members-2019',
  2020: 'party-members-2020',
  2021: 'party-members-2021',
  2022: 'party-members-2022',
  2023: 'party-members-2023',
  2024: 'party-members-2024',
};
