import { PARTY_MEMBER_PROFILE_BY_YEAR } from './ageProfiles';
import type { CatalogueGroup } from './group';

function years(from: number, to: number, ids: (year: number) => readonly string[]): Record<number, readonly string[]> {
  const byYear: Record<number, readonly string[]> = {};
  for (let year = from; year <= to; year++) byYear[year] = ids(year);
  return byYear;
}

/** The 20th Central Committee's figures for a year: as elected, or (2025) after the Fourth Plenum. */
function cc20(year: number, elected: readonly string[], afterFourthPlenum: readonly string[]): readonly string[] {
  return year >= 2025 ? afterFourthPlenum : elected;
}

/**
 * The groups a scope can start from. Bodies elected at a Party Congress keep their elected size
 * until the end of 2024; from 2025 the 20th Central Committee and Politburo are counted as after
 * the Fourth Plenum of October 2025 (expulsions and promotions of alternates; see the figures).
 */
export const CATALOGUE_GROUPS: readonly CatalogueGroup[] = [
  {
    id: 'party-members',
    label: 'All Party members',
    description: 'Every member of the Communist Party of China at the end of the year.',
    sizeFigureIdsByYear: years(2012, 2024, (year) => [`party-members-${year}`]),
    ageProfileId: 'party-members-2024',
    ageProfileIdByYear: PARTY_MEMBER_PROFILE_BY_YEAR,
  },
  {
    id: 'central-committee-20',
    label: '20th Central Committee (full and alternate)',
    description:
      'The 205 full and 171 alternate members elected in October 2022; from 2025, about 357 after the expulsions and promotions confirmed at the Fourth Plenum (October 2025).',
    sizeFigureIdsByYear: years(2022, 2025, (year) =>
      cc20(year, ['cc20-full', 'cc20-alternate'], ['cc20-full-2025', 'cc20-alternate-2025']),
    ),
    ageProfileId: 'central-committee',
  },
  {
    id: 'central-committee-20-full',
    label: '20th Central Committee (full members only)',
    description:
      'The 205 full members elected in October 2022 (205 again after the Fourth Plenum filled 11 vacancies).',
    sizeFigureIdsByYear: years(2022, 2025, (year) => cc20(year, ['cc20-full'], ['cc20-full-2025'])),
    ageProfileId: 'central-committee',
  },
  {
    id: 'central-committee-19',
    label: '19th Central Committee (full and alternate)',
    description: 'The 204 full and 172 alternate members elected in October 2017.',
    sizeFigureIdsByYear: years(2017, 2021, () => ['cc19-full', 'cc19-alternate']),
    ageProfileId: 'central-committee',
  },
  {
    id: 'politburo-20',
    label: '20th Politburo',
    description: "The 24 members of the Politburo chosen in October 2022; 23 after He Weidong's expulsion (2025).",
    sizeFigureIdsByYear: years(2022, 2025, (year) => cc20(year, ['politburo20'], ['politburo20-2025'])),
    ageProfileId: 'senior-leaders',
  },
  {
    id: 'politburo-19',
    label: '19th Politburo',
    description: 'The 25 members of the Politburo chosen in October 2017.',
    sizeFigureIdsByYear: years(2017, 2021, () => ['politburo19']),
    ageProfileId: 'senior-leaders',
  },
  {
    id: 'politburo-standing-committee-20',
    label: '20th Politburo Standing Committee',
    description: 'The 7 members of the Standing Committee chosen in October 2022.',
    sizeFigureIdsByYear: years(2022, 2024, () => ['psc20']),
    ageProfileId: 'senior-leaders',
  },
  {
    id: 'discipline-commission-20',
    label: '20th Central Commission for Discipline Inspection',
    description: 'The 133 members elected in October 2022.',
    sizeFigureIdsByYear: years(2022, 2024, () => ['ccdi20']),
    ageProfileId: 'central-committee',
  },
];
