import type { DemographicKey } from '../model/demographicParameters';

/**
 * Each kinship-model input's short name and unit, for tables, forms, the tornado chart and the
 * provenance line. Apart from the evidence (`DEMOGRAPHIC_ASSUMPTIONS`, which reads them from here),
 * so what only names an input does not download the reasoning and sources behind it.
 */
export const DEMOGRAPHIC_LABELS: { readonly [K in DemographicKey]: { label: string; unit: string } } = {
  marriedShareUnder31: { label: 'Married share, members aged 30 or under', unit: 'share (0-1)' },
  marriedShare31to60: { label: 'Married share, members aged 31-60', unit: 'share (0-1)' },
  marriedShareOver60: { label: 'Married share, members aged 61 and over', unit: 'share (0-1)' },
  childrenCohort1950: { label: 'Children ever born per member, cohort born about 1950', unit: 'persons' },
  childrenCohort1970: { label: 'Children ever born per member, cohort born about 1970', unit: 'persons' },
  childrenCohort1990: { label: 'Children ever born (expected) per member, cohort born about 1990', unit: 'persons' },
  cadreChildrenOneChildEra: {
    label: 'Children ever born per senior official, cohorts born 1955-1975',
    unit: 'persons',
  },
  womenChildrenCohort1930: { label: 'Children ever born per woman in China, cohort born about 1930', unit: 'persons' },
  womenChildrenCohort1950: { label: 'Children ever born per woman in China, cohort born about 1950', unit: 'persons' },
  womenChildrenCohort1970: { label: 'Children ever born per woman in China, cohort born about 1970', unit: 'persons' },
  generationGapYears: { label: "Average parent's age at a child's birth", unit: 'years' },
  medianAgeAtDeathYears: { label: 'Median age at death of adults', unit: 'years' },
  spouseClusteringOddsRatio: { label: "Spouses' clustering of membership (odds ratio)", unit: 'odds ratio (1 = none)' },
  familyClusteringOddsRatio: {
    label: "Other relatives' clustering of membership (odds ratio)",
    unit: 'odds ratio (1 = none)',
  },
  overlapDispersion: { label: 'Clumping of shared relatives (over-dispersion)', unit: 'dispersion (0 = random)' },
};
