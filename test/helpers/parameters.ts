import type { DemographicParameters } from '../../src/model/demographicParameters';

/** Round demographic inputs for hand-computed expectations. */
export const ROUND_PARAMETERS: DemographicParameters = {
  marriedShareUnder31: 0.4,
  marriedShare31to60: 0.9,
  marriedShareOver60: 0.8,
  childrenCohort1950: 2.4,
  childrenCohort1970: 1.2,
  childrenCohort1990: 1.0,
  siblingsCohort1955: 3.0,
  siblingsCohort1975: 2.0,
  siblingsCohort1995: 1.0,
  generationGapYears: 26,
  medianAgeAtDeathYears: 80,
  familyClusteringOddsRatio: 2,
};
