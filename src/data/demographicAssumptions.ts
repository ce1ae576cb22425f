import type { DemographicKey } from '../model/demographicParameters';
import type { Assumption } from './assumption';
import { DEFAULT_DEMOGRAPHIC_RANGES } from './defaultDemographicRanges';
import { SOURCES } from './sources';

/**
 * The inputs of the kinship model, each with its default range and the evidence that range rests
 * on. None is a published national figure for party members: each is an assumption, and a
 * scenario may replace any of them.
 */
export const DEMOGRAPHIC_ASSUMPTIONS: { readonly [K in DemographicKey]: Assumption<K> } = {
  marriedShareUnder31: {
    key: 'marriedShareUnder31',
    label: 'Married share, members aged 30 or under',
    unit: 'share (0-1)',
    range: DEFAULT_DEMOGRAPHIC_RANGES.marriedShareUnder31,
    rationale:
      'Members in this band are 18-30 and include students. In Zhejiang in 2020, 18% of people aged 15+ had never married, mostly the young; Chinese first marriages cluster in the late twenties. No national figure by age was found.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  marriedShare31to60: {
    key: 'marriedShare31to60',
    label: 'Married share, members aged 31-60',
    unit: 'share (0-1)',
    range: DEFAULT_DEMOGRAPHIC_RANGES.marriedShare31to60,
    rationale:
      'Marriage is near universal in China by the early thirties. Zhejiang, 2020 census, aged 15+: 75.07% married, 18.00% never married (mostly under 30), 2.30% divorced, 4.63% widowed.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  marriedShareOver60: {
    key: 'marriedShareOver60',
    label: 'Married share, members aged 61 and over',
    unit: 'share (0-1)',
    range: DEFAULT_DEMOGRAPHIC_RANGES.marriedShareOver60,
    rationale:
      'Widowhood rises with age: most of the 4.63% widowed among Zhejiang adults (2020) are old. Members aged 61+ average about 70, when roughly a quarter of people have lost a spouse.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  childrenCohort1950: {
    key: 'childrenCohort1950',
    label: 'Children ever born per member, cohort born about 1950',
    unit: 'persons',
    range: DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1950,
    rationale:
      'This cohort had its children about 1972-1985, while the national fertility rate fell from about 5 to about 2.5 under "later, longer, fewer" and then the one-child policy. Members, more urban and held to policy first, are put below the national cohort level.',
    sources: [SOURCES.eberstadtVerdery],
  },
  childrenCohort1970: {
    key: 'childrenCohort1970',
    label: 'Children ever born per member, cohort born about 1970',
    unit: 'persons',
    range: DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1970,
    rationale:
      'Children born about 1992-2005, under the one-child policy, which was enforced most strictly on cadres and state employees (a second child could cost a member their post). Rural members were often allowed a second child. No table of children ever born by cohort was found; the 2020 census fertility rate (1.3) bounds the later cohorts.',
    sources: [SOURCES.fertility2020],
  },
  childrenCohort1990: {
    key: 'childrenCohort1990',
    label: 'Children ever born (expected) per member, cohort born about 1990',
    unit: 'persons',
    range: DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1990,
    rationale:
      'Completed fertility still to come: the total fertility rate was 1.3 in 2020 (census) and about 1.09 in 2022 (China Population and Development Research Center), despite the two- and three-child policies.',
    sources: [SOURCES.fertility2020],
  },
  siblingsCohort1955: {
    key: 'siblingsCohort1955',
    label: 'Siblings ever born, cohort born about 1955',
    unit: 'persons',
    range: DEFAULT_DEMOGRAPHIC_RANGES.siblingsCohort1955,
    rationale:
      'Fertility was 4-5 children per woman in the 1950s and 1960s, so children born then had on average 3-4 siblings (Eberstadt & Verdery).',
    sources: [SOURCES.eberstadtVerdery],
  },
  siblingsCohort1975: {
    key: 'siblingsCohort1975',
    label: 'Siblings ever born, cohort born about 1975',
    unit: 'persons',
    range: DEFAULT_DEMOGRAPHIC_RANGES.siblingsCohort1975,
    rationale:
      'Their mothers were born about 1948 and had about 3 children; a child sees more siblings than the mean family size minus one, because large families hold more children.',
    sources: [SOURCES.eberstadtVerdery],
  },
  siblingsCohort1995: {
    key: 'siblingsCohort1995',
    label: 'Siblings ever born, cohort born about 1995',
    unit: 'persons',
    range: DEFAULT_DEMOGRAPHIC_RANGES.siblingsCohort1995,
    rationale:
      'Born under the one-child policy, but rural families could often have two; one estimate puts only children at about 27% of the 1990s cohorts, and couples where both spouses are only children are uncommon (Wang, Verdery & Margolis).',
    sources: [SOURCES.wangVerderyMargolis2024],
  },
  generationGapYears: {
    key: 'generationGapYears',
    label: "Average parent's age at a child's birth",
    unit: 'years',
    range: DEFAULT_DEMOGRAPHIC_RANGES.generationGapYears,
    rationale:
      "Chinese mothers' average age at birth was about 24-27 for the cohorts concerned, fathers' two to three years more. Sets the age of parents (member's age plus the gap) and of children. No national series of parents' age at birth was found, so this is a judgement.",
    sources: [],
  },
  medianAgeAtDeathYears: {
    key: 'medianAgeAtDeathYears',
    label: 'Median age at death of adults',
    unit: 'years',
    range: DEFAULT_DEMOGRAPHIC_RANGES.medianAgeAtDeathYears,
    rationale:
      "Life expectancy at birth was 77.3 years in 2019 and 78.6 in 2023; for people who reach 20 the median age at death is a few years higher, but members' parents were born 1900-1970 into harsher conditions.",
    sources: [SOURCES.lifeExpectancy2023],
  },
  familyClusteringOddsRatio: {
    key: 'familyClusteringOddsRatio',
    label: 'Family clustering of membership (odds ratio)',
    unit: 'odds ratio (1 = none)',
    range: DEFAULT_DEMOGRAPHIC_RANGES.familyClusteringOddsRatio,
    rationale:
      "Membership runs in families and workplaces (cadres' children join; state employees marry each other), so a member's relative is likelier than a random person to be a member. No published measure was found; 2.5 gives the method notes' q of about 0.15 for all 92 million members.",
    sources: [],
  },
};
