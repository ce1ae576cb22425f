import type { AgeProfile } from '../model/ageProfile';
import type { Source } from './source';
import { PARTY_AGE_BANDS_2023, PARTY_AGE_BANDS_2024 } from './partyMembership';
import { SOURCES } from './sources';

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

/** An age profile with where it comes from. */
export interface SourcedAgeProfile extends AgeProfile {
  /** `official` when the shares come from a published table; `assumption` when they are estimated. */
  status: 'official' | 'assumption';
  rationale: string;
  sources: readonly Source[];
}

export const AGE_PROFILES: readonly SourcedAgeProfile[] = [
  {
    ...fromBands('party-members-2023', 'Party members (2023 age bands)', PARTY_AGE_BANDS_2023),
    status: 'official',
    rationale: 'The eight age bands of the 2023 bulletin; 28.1% of members are 61 or over.',
    sources: [SOURCES.peoplesDaily2024Bulletin],
  },
  {
    ...fromBands('party-members-2024', 'Party members (2024 age bands)', PARTY_AGE_BANDS_2024),
    status: 'official',
    rationale: 'The eight age bands of the 2024 bulletin.',
    sources: [SOURCES.chinaDaily2025Bulletin],
  },
  {
    id: 'central-committee',
    label: 'Central Committee members (estimated ages)',
    points: [
      { ageYears: 50, share: 0.1 },
      { ageYears: 55, share: 0.25 },
      { ageYears: 60, share: 0.45 },
      { ageYears: 65, share: 0.2 },
    ],
    status: 'assumption',
    rationale:
      'Most full and alternate members of the 20th Central Committee (elected 2022) were born in the 1960s, some in the late 1950s and a few in the 1970s; ministerial-rank officials retire at 65 and Politburo members by 68. The method notes put most members at 55-68. No age table was found.',
    sources: [SOURCES.orca20thCC],
  },
  {
    id: 'senior-leaders',
    label: 'Politburo and its Standing Committee (estimated ages)',
    points: [
      { ageYears: 61, share: 0.3 },
      { ageYears: 65, share: 0.4 },
      { ageYears: 68, share: 0.3 },
    ],
    status: 'assumption',
    rationale:
      'Politburo members chosen in 2017 and 2022 were born in the 1950s and early 1960s; the informal "seven up, eight down" norm retires them at 68. No age table was found.',
    sources: [SOURCES.orca20thCC],
  },
  {
    id: 'senior-officials',
    label: 'Provincial and bureau-level officials (estimated ages)',
    points: [
      { ageYears: 52, share: 0.3 },
      { ageYears: 58, share: 0.4 },
      { ageYears: 64, share: 0.3 },
    ],
    status: 'assumption',
    rationale:
      'Officials designated by name are provincial Party secretaries, their deputies and police chiefs, typically in their fifties and early sixties. Used only when a family rule is applied to a named list.',
    sources: [],
  },
];
