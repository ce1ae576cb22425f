import { AGE_PROFILES } from '../data/ageProfiles';
import { DESIGNATION_ROUNDS } from '../data/designations';
import { CATALOGUE_GROUPS } from '../data/groups';
import type { DemographicKey } from '../model/demographicParameters';
import type { RelationType } from '../model/relationType';
import type { InstrumentKind } from '../scenario/scenario';

/**
 * Short, stable codes for catalogue ids in share links, so links stay short and still readable
 * ("gr~pm" is all Party members). Codes are part of the link format: never change one, only add.
 */
export interface CodeTable<Id extends string> {
  toCode: (id: Id) => string;
  /** undefined for a code no version of the format ever wrote. */
  fromCode: (code: string) => Id | undefined;
  codes: readonly string[];
}

export function codeTable<Id extends string>(pairs: readonly (readonly [Id, string])[]): CodeTable<Id> {
  const byId = new Map<string, string>(pairs);
  const byCode = new Map<string, Id>(pairs.map(([id, code]) => [code, id]));
  return {
    toCode: (id) => byId.get(id) ?? id,
    fromCode: (code) => byCode.get(code),
    codes: pairs.map(([, code]) => code),
  };
}

export const RELATION_CODES = codeTable<RelationType>([
  ['spouse', 'sp'],
  ['childUnder18', 'u18'],
  ['child18to20', 'a18'],
  ['child21plus', 'a21'],
  ['parent', 'pa'],
  ['sibling', 'si'],
  ['spouseParent', 'spa'],
  ['spouseSibling', 'ssi'],
  ['childSpouse', 'csp'],
  ['siblingSpouse', 'sis'],
  ['siblingChild', 'sic'],
]);

export const FAMILY_TERM_CODES = codeTable<string>([
  ['families', 'fam'],
  ['immediate-family', 'imf'],
  ['adult-family-member', 'afm'],
]);

export const INSTRUMENT_CODES = codeTable<InstrumentKind>([
  ['visaBan', 'vb'],
  ['assetBlock', 'ab'],
]);

export const DEMOGRAPHIC_CODES = codeTable<DemographicKey>([
  ['marriedShareUnder31', 'm1'],
  ['marriedShare31to60', 'm2'],
  ['marriedShareOver60', 'm3'],
  ['childrenCohort1950', 'c50'],
  ['childrenCohort1970', 'c70'],
  ['childrenCohort1990', 'c90'],
  ['cadreChildrenOneChildEra', 'cad'],
  ['womenChildrenCohort1930', 'w30'],
  ['womenChildrenCohort1950', 'w50'],
  ['womenChildrenCohort1970', 'w70'],
  ['generationGapYears', 'gap'],
  ['medianAgeAtDeathYears', 'die'],
  ['spouseClusteringOddsRatio', 'rhs'],
  ['familyClusteringOddsRatio', 'rho'],
  ['overlapDispersion', 'dsp'],
]);

const GROUP_SHORT: Record<string, string> = {
  'party-members': 'pm',
  'central-committee-20': 'cc20',
  'central-committee-20-full': 'cc20f',
  'central-committee-19': 'cc19',
  'politburo-20': 'pb20',
  'politburo-19': 'pb19',
  'politburo-standing-committee-20': 'psc20',
  'discipline-commission-20': 'ccdi20',
};
export const GROUP_CODES = codeTable(CATALOGUE_GROUPS.map((g) => [g.id, GROUP_SHORT[g.id] ?? g.id] as const));

const PROFILE_SHORT: Record<string, string> = {
  'party-members-2017': 'pm17',
  'party-members-2018': 'pm18',
  'party-members-2019': 'pm19',
  'party-members-2020': 'pm20',
  'party-members-2021': 'pm21',
  'party-members-2022': 'pm22',
  'party-members-2023': 'pm23',
  'party-members-2024': 'pm24',
  'central-committee': 'cc',
  'senior-leaders': 'sl',
  'senior-officials': 'so',
};
export const AGE_PROFILE_CODES = codeTable(AGE_PROFILES.map((p) => [p.id, PROFILE_SHORT[p.id] ?? p.id] as const));

/** Each round id prefix's letter; a prefix not listed gets `k`. Never change one, only add. */
const ROUND_LETTERS: readonly (readonly [prefix: string, letter: string])[] = [
  ['glomag', 'g'],
  ['eo13936', 'h'],
  ['7031c', 'v'],
  ['uhrpa', 'u'],
];

/** A designation round's code: its programme's letter and its date, e.g. g20200709. */
export const ROUND_CODES = codeTable(
  DESIGNATION_ROUNDS.map((round) => {
    const letter = ROUND_LETTERS.find(([prefix]) => round.id.startsWith(prefix))?.[1] ?? 'k';
    return [round.id, `${letter}${round.date.replaceAll('-', '')}`] as const;
  }),
);

const REFERENCE_SHORT: Record<string, string> = {
  china: 'cn',
  'china-adults': 'ca',
  'us-population-2024': 'us',
  'germany-population-2024': 'de',
  'xinjiang-population-2020': 'xj',
  'uyghurs-in-xinjiang-2020': 'ug',
  'hong-kong-population-2024': 'hk',
  'chinese-visitors-to-us-2019': 'vis',
  'taiwan-population-2024': 'tw',
  'chinese-students-in-us-2019': 'stu',
  'people-designated': 'dsg',
  'chinese-students-in-us-2024': 'st24',
  'hong-kong-population-2025': 'hk25',
};
export const REFERENCE_CODES = codeTable(Object.entries(REFERENCE_SHORT) as [string, string][]);
