import type { CatalogueGroup } from './group';

function years(from: number, to: number, ids: (year: number) => readonly string[]): Record<number, readonly string[]> {
  const byYear: Record<number, readonly string[]> = {};
  for (let year = from; year <= to; year++) byYear[year] = ids(year);
  return byYear;
}

/**
 * The groups a scope can start from. Bodies elected at a Party Congress keep their elected size
 * for the five years of their term; expulsions and deaths during the term are not subtracted.
 */
export const CATALOGUE_GROUPS: readonly CatalogueGroup[] = [
  {
    id: 'party-members',
    label: 'All Party members',
    description: 'Every member of the Communist Party of China at the end of the year.',
    sizeFigureIdsByYear: years(2012, 2024, (year) => [`party-members-${year}`]),
    ageProfileId: 'party-members-2023',
    ageProfileIdByYear: { 2024: 'party-members-2024' },
  },
  {
    id: 'central-committee-20',
    label: '20th Central Committee (full and alternate)',
    description: 'The 205 full and 171 alternate members elected in October 2022.',
    sizeFigureIdsByYear: years(2022, 2024, () => ['cc20-full', 'cc20-alternate']),
    ageProfileId: 'central-committee',
  },
  {
    id: 'central-committee-20-full',
    label: '20th Central Committee (full members only)',
    description: 'The 205 full members elected in October 2022.',
    sizeFigureIdsByYear: years(2022, 2024, () => ['cc20-full']),
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
    description: 'The 24 members of the Politburo chosen in October 2022.',
    sizeFigureIdsByYear: years(2022, 2024, () => ['politburo20']),
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
