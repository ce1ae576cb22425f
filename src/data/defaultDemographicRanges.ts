import type { DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';

/**
 * The default range (low, most likely, high) of each input of the kinship model, in the unit of
 * its assumption. Why each range, and its sources, are in `demographicAssumptions.ts`; the model
 * needs only the numbers, so a page that only computes (the embed) does not download the reasons.
 */
export const DEFAULT_DEMOGRAPHIC_RANGES: { readonly [K in DemographicKey]: Range } = {
  marriedShareUnder31: { low: 0.3, mode: 0.45, high: 0.6 },
  marriedShare31to60: { low: 0.85, mode: 0.9, high: 0.94 },
  marriedShareOver60: { low: 0.68, mode: 0.76, high: 0.84 },
  childrenCohort1950: { low: 2.0, mode: 2.5, high: 3.0 },
  childrenCohort1970: { low: 1.0, mode: 1.25, high: 1.6 },
  childrenCohort1990: { low: 0.9, mode: 1.2, high: 1.5 },
  siblingsCohort1955: { low: 2.8, mode: 3.5, high: 4.2 },
  siblingsCohort1975: { low: 1.8, mode: 2.4, high: 3.0 },
  siblingsCohort1995: { low: 0.7, mode: 1.0, high: 1.4 },
  generationGapYears: { low: 24, mode: 26, high: 28 },
  medianAgeAtDeathYears: { low: 75, mode: 79, high: 83 },
  familyClusteringOddsRatio: { low: 1.5, mode: 2.5, high: 4 },
};
