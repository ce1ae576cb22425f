import type { Source } from './source';
import { SOURCES } from './sources';

/** Where an age profile comes from. */
export interface AgeProfileSourcing {
  /**
   * `official` when the shares come from a published table; `interpolated` when they lie between
   * two published tables; `assumption` when they are estimated.
   */
  status: 'official' | 'interpolated' | 'assumption';
  rationale: string;
  sources: readonly Source[];
}

const INTERPOLATED =
  'No age table was published for this year (the 2019 and 2021 bulletins give none, and the 2018 bands were found only in an unaddressed copy): each band is interpolated between the end-2017 and end-2022 tables by year.';

/**
 * Where each age profile in `ageProfiles.ts` comes from, by profile id. Kept apart from the
 * profiles the model uses: the page loads these only with the method panel's list.
 */
export const AGE_PROFILE_SOURCES: Readonly<Record<string, AgeProfileSourcing>> = {
  'party-members-2017': {
    status: 'official',
    rationale:
      'The eight age bands of the 2017 bulletin; 28.1% of members were 61 or over. Also stands in for 2012-2016, which have no table in the same bands.',
    sources: [SOURCES.xinhua2018Bulletin],
  },
  ...Object.fromEntries(
    [2018, 2019, 2020, 2021].map((year) => [
      `party-members-${year}`,
      {
        status: 'interpolated',
        rationale: INTERPOLATED,
        sources: [SOURCES.xinhua2018Bulletin, SOURCES.xinhua2023Bulletin],
      },
    ]),
  ),
  'party-members-2022': {
    status: 'official',
    rationale: 'The eight age bands of the 2022 bulletin.',
    sources: [SOURCES.xinhua2023Bulletin],
  },
  'party-members-2023': {
    status: 'official',
    rationale: 'The eight age bands of the 2023 bulletin; 28.1% of members are 61 or over.',
    sources: [SOURCES.peoplesDaily2024Bulletin],
  },
  'party-members-2024': {
    status: 'official',
    rationale: 'The eight age bands of the 2024 bulletin.',
    sources: [SOURCES.chinaDaily2025Bulletin],
  },
  'central-committee': {
    status: 'assumption',
    rationale:
      'Most full and alternate members of the 20th Central Committee (elected 2022) were born in the 1960s, some in the late 1950s and a few in the 1970s; ministerial-rank officials retire at 65 and Politburo members by 68. The method notes put most members at 55-68. No age table was found.',
    sources: [SOURCES.orca20thCC],
  },
  'senior-leaders': {
    status: 'assumption',
    rationale:
      'Politburo members chosen in 2017 and 2022 were born in the 1950s and early 1960s; the informal "seven up, eight down" norm retires them at 68. No age table was found.',
    sources: [SOURCES.orca20thCC],
  },
  'senior-officials': {
    status: 'assumption',
    rationale:
      'Officials designated by name are provincial Party secretaries, their deputies and police chiefs, typically in their fifties and early sixties. Used only when a family rule is applied to a named list.',
    sources: [],
  },
};
