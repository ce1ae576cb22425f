import { DEMOGRAPHIC_KEYS, type DemographicParameters } from '../../src/model/demographicParameters';

/** Round demographic inputs for hand-computed expectations. */
export const ROUND_PARAMETERS: DemographicParameters = {
  marriedShareUnder31: 0.4,
  marriedShare31to60: 0.9,
  marriedShareOver60: 0.8,
  childrenCohort1950: 2.4,
  childrenCohort1970: 1.2,
  childrenCohort1990: 1.0,
  cadreChildrenOneChildEra: 1.1,
  womenChildrenCohort1930: 5.0,
  womenChildrenCohort1950: 3.0,
  womenChildrenCohort1970: 2.0,
  generationGapYears: 26,
  medianAgeAtDeathYears: 80,
  spouseClusteringOddsRatio: 4,
  familyClusteringOddsRatio: 2,
  overlapDispersion: 0,
};

/** `parameters` as the value array the kinship model reads, indexed by `DEMOGRAPHIC_INDEX`. */
export function parameterValues(parameters: DemographicParameters = ROUND_PARAMETERS): Float64Array {
  return Float64Array.from(DEMOGRAPHIC_KEYS, (key) => parameters[key]);
}
