import type { DemographicKey } from '../model/demographicParameters';
import type { Assumption } from './assumption';
import { SOURCES } from './sources';

/**
 * Default ranges for the inputs of the kinship model. None is a published national figure for
 * party members: each is an assumption, stated as a range with the evidence it rests on, and a
 * scenario may replace any of them.
 */
export const DEMOGRAPHIC_ASSUMPTIONS: { readonly [K in DemographicKey]: Assumption<K> } = {
  marriedShareUnder31: {
    key: 'marriedShareUnder31',
    label: 'Married share, members aged 30 or under',
    unit: 'share (0-1)',
    range: { low: 0.3, mode: 0.45, high: 0.6 },
    rationale:
      'Members in this band are 18-30 and include students. In Zhejiang in 2020, 18% of people aged 15+ had never married, mostly the young; Chinese first marriages cluster in the late twenties. No national figure by age was found.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  marriedShare31to60: {
    key: 'marriedShare31to60',
    label: 'Married share, members aged 31-60',
    unit: 'share (0-1)',
    range: { low: 0.85, mode: 0.9, high: 0.94 },
    rationale:
      'Marriage is near universal in China by the early thirties. Zhejiang, 2020 census, aged 15+: 75.07% married, 18.00% never married (mostly under 30), 2.30% divorced, 4.63% widowed.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  marriedShareOver60: {
    key: 'marriedShareOver60',
    label: 'Married share, members aged 61 and over',
    unit: 'share (0-1)',
    range: { low: 0.68, mode: 0.76, high: 0.84 },
    rationale:
      'Widowhood rises with age: most of the 4.63% widowed among Zhejiang adults (2020) are old. Members aged 61+ average about 70, when roughly a quarter of people have lost a spouse.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  childrenCohort1950: {
    key: 'childrenCohort1950',
    label: 'Children ever born per member, cohort born about 1950',
    unit: 'persons',
    range: { low: 2.0, mode: 2.5, high: 3.0 },
    rationale:
      'This cohort had its children about 1972-1985, while the national fertility rate fell from about 5 to about 2.5 under "later, longer, fewer" and then the one-child policy. Members, more urban and held to policy first, are put below the national cohort level.',
    sources: [SOURCES.eberstadtVerdery],
  },
  childrenCohort1970: {
    key: 'childrenCohort1970',
    label: 'Children ever born per member, cohort born about 1970',
    unit: 'persons',
    range: { low: 1.0, mode: 1.25, high: 1.6 },
    rationale:
      'Children born about 1992-2005, under the one-child policy, which was enforced most strictly on cadres and state employees (a second child could cost a member their post). Rural members were often allowed a second child. No table of children ever born by cohort was found; the 2020 census fertility rate (1.3) bounds the later cohorts.',
    sources: [SOURCES.fertility2020],
  },
  childrenCohort1990: {
    key: 'childrenCohort1990',
    label: 'Children ever born (expected) per member, cohort born about 1990',
    unit: 'persons',
    range: { low: 0.9, mode: 1.2, high: 1.5 },
    rationale:
      'Completed fertility still to come: the total fertility rate was 1.3 in 2020 (census) and about 1.09 in 2022 (China Population and Development Research Center), despite the two- and three-child policies.',
    sources: [SOURCES.fertility2020],
  },
  siblingsCohort1955: {
    key: 'siblingsCohort1955',
    label: 'Siblings ever born, cohort born about 1955',
    unit: 'persons',
    range: { low: 2.8, mode: 3.5, high: 4.2 },
    rationale:
      'Fertility was 4-5 children per woman in the 1950s and 1960s, so children born then had on average 3-4 siblings (Eberstadt & Verdery).',
    sources: [SOURCES.eberstadtVerdery],
  },
  siblingsCohort1975: {
    key: 'siblingsCohort1975',
    label: 'Siblings ever born, cohort born about 1975',
    unit: 'persons',
    range: { low: 1.8, mode: 2.4, high: 3.0 },
    rationale:
      'Their mothers were born about 1948 and had about 3 children; a child sees more siblings than the mean family size minus one, because large families hold more children.',
    sources: [SOURCES.eberstadtVerdery],
  },
  siblingsCohort1995: {
    key: 'siblingsCohort1995',
    label: 'Siblings ever born, cohort born about 1995',
    unit: 'persons',
    range: { low: 0.7, mode: 1.0, high: 1.4 },
    rationale:
      'Born under the one-child policy, but rural families could often have two; one estimate puts only children at about 27% of the 1990s cohorts, and couples where both spouses are only children are uncommon (Wang, Verdery & Margolis).',
    sources: [SOURCES.wangVerderyMargolis2024],
  },
  generationGapYears: {
    key: 'generationGapYears',
    label: "Average parent's age at a child's birth",
    unit: 'years',
    range: { low: 24, mode: 26, high: 28 },
    rationale:
      "Chinese mothers' average age at birth was about 24-27 for the cohorts concerned, fathers' two to three years more. Sets the age of parents (member's age plus the gap) and of children. No national series of parents' age at birth was found, so this is a judgement.",
    sources: [],
  },
  medianAgeAtDeathYears: {
    key: 'medianAgeAtDeathYears',
    label: 'Median age at death of adults',
    unit: 'years',
    range: { low: 75, mode: 79, high: 83 },
    rationale:
      "Life expectancy at birth was 77.3 years in 2019 and 78.6 in 2023; for people who reach 20 the median age at death is a few years higher, but members' parents were born 1900-1970 into harsher conditions.",
    sources: [SOURCES.lifeExpectancy2023],
  },
  familyClusteringOddsRatio: {
    key: 'familyClusteringOddsRatio',
    label: 'Family clustering of membership (odds ratio)',
    unit: 'odds ratio (1 = none)',
    range: { low: 1.5, mode: 2.5, high: 4 },
    rationale:
      "Membership runs in families and workplaces (cadres' children join; state employees marry each other), so a member's relative is likelier than a random person to be a member. No published measure was found; 2.5 gives the method notes' q of about 0.15 for all 92 million members.",
    sources: [],
  },
};
