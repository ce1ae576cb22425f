/**
 * One draw of the demographic inputs of the kinship and overlap models. Each field is a value
 * drawn from the range of the assumption with the same key (see `src/data/demographicAssumptions.ts`).
 */
export interface DemographicParameters {
  /** Share of members aged 30 or under who are currently married, 0-1. */
  marriedShareUnder31: number;
  /** Share of members aged 31-60 who are currently married, 0-1. */
  marriedShare31to60: number;
  /** Share of members aged 61 or over who are currently married (widowhood lowers it), 0-1. */
  marriedShareOver60: number;
  /** Children ever born per member born around 1950, persons. */
  childrenCohort1950: number;
  /** Children ever born (or expected) per member born around 1970, persons. */
  childrenCohort1970: number;
  /** Children ever born (or expected) per member born around 1990, persons. */
  childrenCohort1990: number;
  /**
   * Children ever born per senior cadre of the one-child-policy cohorts (born about 1955-1975),
   * persons: the rule was enforced hardest on officials and state employees.
   */
  cadreChildrenOneChildEra: number;
  /** Children ever born per woman born around 1930, all of China, persons: sets members' siblings. */
  womenChildrenCohort1930: number;
  /** Children ever born per woman born around 1950, all of China, persons. */
  womenChildrenCohort1950: number;
  /** Children ever born per woman born around 1970, all of China, persons. */
  womenChildrenCohort1970: number;
  /** Average age of a parent at a child's birth, years (18-40). */
  generationGapYears: number;
  /** Age by which half of the adults of the parents' and members' generations have died, years. */
  medianAgeAtDeathYears: number;
  /**
   * Odds ratio that a core member's spouse is also in the core, against a random adult
   * (1 = no clustering). Dimensionless, 1-100.
   */
  spouseClusteringOddsRatio: number;
  /**
   * Odds ratio that a core member's other adult relative (parent, sibling, adult child, in-law) is
   * also in the core, against a random adult (1 = no clustering). Dimensionless, 1-50.
   */
  familyClusteringOddsRatio: number;
  /**
   * Over-dispersion of the number of core relatives a non-core person has, 0 or more: 0 is the
   * Poisson model of random linking; larger values model families whose members come in clumps
   * (a child of two members), so fewer distinct people are reached for the same links.
   */
  overlapDispersion: number;
}

export type DemographicKey = keyof DemographicParameters;

/**
 * The inputs that describe family size (marriage and fertility). Their draws move together
 * (see `correlateDraw`): a world in which members' cohorts had more children than assumed is
 * likelier to be one in which their parents' and siblings' cohorts did too.
 */
export const FAMILY_SIZE_KEYS: readonly DemographicKey[] = [
  'marriedShareUnder31',
  'marriedShare31to60',
  'marriedShareOver60',
  'childrenCohort1950',
  'childrenCohort1970',
  'childrenCohort1990',
  'cadreChildrenOneChildEra',
  'womenChildrenCohort1930',
  'womenChildrenCohort1950',
  'womenChildrenCohort1970',
];

/** The keys in a fixed order: the order in which a Monte Carlo draw consumes random numbers. */
export const DEMOGRAPHIC_KEYS: readonly DemographicKey[] = [
  ...FAMILY_SIZE_KEYS,
  'generationGapYears',
  'medianAgeAtDeathYears',
  'spouseClusteringOddsRatio',
  'familyClusteringOddsRatio',
  'overlapDispersion',
];

/** Index of each key in `DEMOGRAPHIC_KEYS`, and so in a draw's value array. */
export const DEMOGRAPHIC_INDEX = Object.fromEntries(DEMOGRAPHIC_KEYS.map((key, i) => [key, i])) as {
  readonly [K in DemographicKey]: number;
};

/** The values each demographic input may take, in its own unit; ranges outside are refused. */
export const DEMOGRAPHIC_BOUNDS: { readonly [K in DemographicKey]: { min: number; max: number } } = {
  marriedShareUnder31: { min: 0, max: 1 },
  marriedShare31to60: { min: 0, max: 1 },
  marriedShareOver60: { min: 0, max: 1 },
  childrenCohort1950: { min: 0, max: 10 },
  childrenCohort1970: { min: 0, max: 10 },
  childrenCohort1990: { min: 0, max: 10 },
  cadreChildrenOneChildEra: { min: 0, max: 10 },
  womenChildrenCohort1930: { min: 1, max: 10 },
  womenChildrenCohort1950: { min: 1, max: 10 },
  womenChildrenCohort1970: { min: 1, max: 10 },
  generationGapYears: { min: 18, max: 40 },
  medianAgeAtDeathYears: { min: 50, max: 100 },
  spouseClusteringOddsRatio: { min: 1, max: 100 },
  familyClusteringOddsRatio: { min: 1, max: 50 },
  overlapDispersion: { min: 0, max: 2 },
};

/**
 * The parameters whose values are `values[i]` for `DEMOGRAPHIC_KEYS[i]`. Written out field by
 * field because the Monte Carlo loop calls it once per draw, and a literal with fixed keys is far
 * faster than storing under computed keys. A test checks the order against `DEMOGRAPHIC_KEYS`.
 */
export function demographicParametersFrom(values: Float64Array): DemographicParameters {
  return {
    marriedShareUnder31: values[0]!,
    marriedShare31to60: values[1]!,
    marriedShareOver60: values[2]!,
    childrenCohort1950: values[3]!,
    childrenCohort1970: values[4]!,
    childrenCohort1990: values[5]!,
    cadreChildrenOneChildEra: values[6]!,
    womenChildrenCohort1930: values[7]!,
    womenChildrenCohort1950: values[8]!,
    womenChildrenCohort1970: values[9]!,
    generationGapYears: values[10]!,
    medianAgeAtDeathYears: values[11]!,
    spouseClusteringOddsRatio: values[12]!,
    familyClusteringOddsRatio: values[13]!,
    overlapDispersion: values[14]!,
  };
}
