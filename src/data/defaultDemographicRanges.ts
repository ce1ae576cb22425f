import type { DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';

/**
 * The default range (low, most likely, high) of each input of the kinship and overlap models, in
 * the unit of its assumption. Why each range, and its sources, are in `demographicAssumptions.ts`;
 * the model needs only the numbers, so a page that only computes (the embed) does not download the
 * reasons.
 */
export const DEFAULT_DEMOGRAPHIC_RANGES: { readonly [K in DemographicKey]: Range } = {
  marriedShareUnder31: { low: 0.3, mode: 0.45, high: 0.6 },
  marriedShare31to60: { low: 0.85, mode: 0.9, high: 0.94 },
  marriedShareOver60: { low: 0.68, mode: 0.76, high: 0.84 },
  childrenCohort1950: { low: 2.0, mode: 2.5, high: 3.0 },
  childrenCohort1970: { low: 1.2, mode: 1.45, high: 1.75 },
  childrenCohort1990: { low: 0.9, mode: 1.2, high: 1.5 },
  cadreChildrenOneChildEra: { low: 1.0, mode: 1.1, high: 1.3 },
  womenChildrenCohort1930: { low: 5.0, mode: 5.5, high: 6.0 },
  womenChildrenCohort1950: { low: 2.8, mode: 2.93, high: 3.1 },
  womenChildrenCohort1970: { low: 1.65, mode: 1.75, high: 1.85 },
  generationGapYears: { low: 25, mode: 27, high: 30 },
  medianAgeAtDeathYears: { low: 75, mode: 79, high: 83 },
  spouseClusteringOddsRatio: { low: 2, mode: 4, high: 13 },
  familyClusteringOddsRatio: { low: 1.2, mode: 2.5, high: 5 },
  overlapDispersion: { low: 0, mode: 0.25, high: 0.5 },
};

/**
 * How strongly the family-size inputs' draws move together, a normal-scale correlation (see
 * `drawDemographics`). A judgement, not a measurement: the marriage and fertility ranges rest on
 * the same few surveys and the same reading of the one-child era, so an error in one is likely to
 * be shared by the others. Independent draws (0) would let those errors cancel and make the
 * interval of relatives per member too narrow.
 */
export const FAMILY_SIZE_CORRELATION = 0.5;
