import type { AgeProfile } from '../model/ageProfile';
import { PARTY_AGE_BANDS_2023, PARTY_AGE_BANDS_2024 } from './partyMembership';

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
 * The age profiles a scope's base group can take. Where each comes from is in
 * `ageProfileSources.ts`, under the same id.
 */
export const AGE_PROFILES: readonly AgeProfile[] = [
  fromBands('party-members-2023', 'Party members (2023 age bands)', PARTY_AGE_BANDS_2023),
  fromBands('party-members-2024', 'Party members (2024 age bands)', PARTY_AGE_BANDS_2024),
  {
    id: 'central-committee',
    label: 'Central Committee members (estimated ages)',
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
    points: [
      { ageYears: 61, share: 0.3 },
      { ageYears: 65, share: 0.4 },
      { ageYears: 68, share: 0.3 },
    ],
  },
  {
    id: 'senior-officials',
    label: 'Provincial and bureau-level officials (estimated ages)',
    points: [
      { ageYears: 52, share: 0.3 },
      { ageYears: 58, share: 0.4 },
      { ageYears: 64, share: 0.3 },
    ],
  },
];
