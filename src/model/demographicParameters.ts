/**
 * One draw of the demographic inputs of the kinship model. Each field is a value drawn from the
 * range of the assumption with the same key (see `src/data/assumptions.ts`).
 */
export interface DemographicParameters {
  /** Share of members aged 30 or under who are currently married, 0-1. */
  marriedShareUnder31: number;
  /** Share of members aged 31-60 who are currently married, 0-1. */
  marriedShare31to60: number;
  /** Share of members aged 61 or over who are currently married (widowhood lowers it), 0-1. */
  marriedShareOver60: number;
  /** Children ever born per person born around 1950, persons. */
  childrenCohort1950: number;
  /** Children ever born (or expected) per person born around 1970, persons. */
  childrenCohort1970: number;
  /** Children ever born (or expected) per person born around 1990, persons. */
  childrenCohort1990: number;
  /** Brothers and sisters ever born to a person born around 1955, persons. */
  siblingsCohort1955: number;
  /** Brothers and sisters ever born to a person born around 1975, persons. */
  siblingsCohort1975: number;
  /** Brothers and sisters ever born to a person born around 1995, persons. */
  siblingsCohort1995: number;
  /** Average age of a parent at a child's birth, years (20-40). */
  generationGapYears: number;
  /** Age by which half of the adults of the parents' and members' generations have died, years. */
  medianAgeAtDeathYears: number;
  /**
   * Odds ratio that a core member's relative is also in the core, against a random person
   * (1 = no family clustering). Dimensionless, 1-20.
   */
  familyClusteringOddsRatio: number;
}

export type DemographicKey = keyof DemographicParameters;

/** The keys in a fixed order: the order in which a Monte Carlo draw consumes random numbers. */
export const DEMOGRAPHIC_KEYS: readonly DemographicKey[] = [
  'marriedShareUnder31',
  'marriedShare31to60',
  'marriedShareOver60',
  'childrenCohort1950',
  'childrenCohort1970',
  'childrenCohort1990',
  'siblingsCohort1955',
  'siblingsCohort1975',
  'siblingsCohort1995',
  'generationGapYears',
  'medianAgeAtDeathYears',
  'familyClusteringOddsRatio',
];

/** The values each demographic input may take, in its own unit; ranges outside are refused. */
export const DEMOGRAPHIC_BOUNDS: { readonly [K in DemographicKey]: { min: number; max: number } } = {
  marriedShareUnder31: { min: 0, max: 1 },
  marriedShare31to60: { min: 0, max: 1 },
  marriedShareOver60: { min: 0, max: 1 },
  childrenCohort1950: { min: 0, max: 10 },
  childrenCohort1970: { min: 0, max: 10 },
  childrenCohort1990: { min: 0, max: 10 },
  siblingsCohort1955: { min: 0, max: 15 },
  siblingsCohort1975: { min: 0, max: 15 },
  siblingsCohort1995: { min: 0, max: 15 },
  generationGapYears: { min: 18, max: 40 },
  medianAgeAtDeathYears: { min: 50, max: 100 },
  familyClusteringOddsRatio: { min: 1, max: 20 },
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
    siblingsCohort1955: values[6]!,
    siblingsCohort1975: values[7]!,
    siblingsCohort1995: values[8]!,
    generationGapYears: values[9]!,
    medianAgeAtDeathYears: values[10]!,
    familyClusteringOddsRatio: values[11]!,
  };
}
