import type { DemographicKey } from '../model/demographicParameters';
import type { Assumption } from './assumption';
import { DEFAULT_DEMOGRAPHIC_RANGES } from './defaultDemographicRanges';
import { DEMOGRAPHIC_LABELS } from './demographicLabels';
import { SOURCES } from './sources';

/**
 * The inputs of the kinship model, each with its default range and the evidence that range rests
 * on. None is a published national figure for party members: each is an assumption, and a
 * scenario may replace any of them.
 */
export const DEMOGRAPHIC_ASSUMPTIONS: { readonly [K in DemographicKey]: Assumption<K> } = {
  marriedShareUnder31: {
    key: 'marriedShareUnder31',
    ...DEMOGRAPHIC_LABELS.marriedShareUnder31,
    range: DEFAULT_DEMOGRAPHIC_RANGES.marriedShareUnder31,
    rationale:
      'Members in this band are 18-30 and include students. In Zhejiang in 2020, 18% of people aged 15+ had never married, mostly the young; Chinese first marriages cluster in the late twenties. No national figure by age was found.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  marriedShare31to60: {
    key: 'marriedShare31to60',
    ...DEMOGRAPHIC_LABELS.marriedShare31to60,
    range: DEFAULT_DEMOGRAPHIC_RANGES.marriedShare31to60,
    rationale:
      'Marriage is near universal in China by the early thirties. Zhejiang, 2020 census, aged 15+: 75.07% married, 18.00% never married (mostly under 30), 2.30% divorced, 4.63% widowed.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  marriedShareOver60: {
    key: 'marriedShareOver60',
    ...DEMOGRAPHIC_LABELS.marriedShareOver60,
    range: DEFAULT_DEMOGRAPHIC_RANGES.marriedShareOver60,
    rationale:
      'Widowhood rises with age: most of the 4.63% widowed among Zhejiang adults (2020) are old. Members aged 61+ average about 70, when roughly a quarter of people have lost a spouse.',
    sources: [SOURCES.zhejiangMarriage2020],
  },
  childrenCohort1950: {
    key: 'childrenCohort1950',
    ...DEMOGRAPHIC_LABELS.childrenCohort1950,
    range: DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1950,
    rationale:
      'Women born in 1950 had 2.93 children on average in all of China. This cohort had its children about 1972-1985, while "later, longer, fewer" and then the one-child policy took hold; members, more urban and held to policy first, are put below the national figure.',
    sources: [SOURCES.fertilityByParity],
  },
  childrenCohort1970: {
    key: 'childrenCohort1970',
    ...DEMOGRAPHIC_LABELS.childrenCohort1970,
    range: DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1970,
    rationale:
      'Women born in 1970 had about 1.75 children in all of China (2.05 for 1960). Members are a mix: rural members (a quarter are farmers) were often allowed a second child, while officials and state employees were held to one. State-sector households have 0.19 fewer children than others (Liu & He). So below the national figure, but not at one.',
    sources: [SOURCES.fertilityByParity, SOURCES.stateSectorFertility],
  },
  childrenCohort1990: {
    key: 'childrenCohort1990',
    ...DEMOGRAPHIC_LABELS.childrenCohort1990,
    range: DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1990,
    rationale:
      'Completed fertility still to come: the total fertility rate was 1.3 in 2020 (census) and about 1.09 in 2022 (China Population and Development Research Center), despite the two- and three-child policies.',
    sources: [SOURCES.fertility2020],
  },
  cadreChildrenOneChildEra: {
    key: 'cadreChildrenOneChildEra',
    ...DEMOGRAPHIC_LABELS.cadreChildrenOneChildEra,
    range: DEFAULT_DEMOGRAPHIC_RANGES.cadreChildrenOneChildEra,
    rationale:
      'Central Committee members and other senior officials were born mostly 1955-1970 and had their children after 1980, under a one-child rule enforced hardest on cadres: a second child could cost a member their post and Party membership. Some were allowed a second child (ethnic minorities, a first child with a disability), so slightly above one. No published count for officials was found.',
    sources: [SOURCES.stateSectorFertility],
  },
  womenChildrenCohort1930: {
    key: 'womenChildrenCohort1930',
    ...DEMOGRAPHIC_LABELS.womenChildrenCohort1930,
    range: DEFAULT_DEMOGRAPHIC_RANGES.womenChildrenCohort1930,
    rationale:
      "The mothers of members born in the 1950s and 1960s. They had their children 1950-1975, when the period fertility rate was about 5.5-6 outside the famine years (Coale's reconstruction from the 1982 fertility survey). Sets members' siblings: a person sees 1.2 times their mother's cohort's fertility, less one (see the method).",
    sources: [SOURCES.coale1984],
  },
  womenChildrenCohort1950: {
    key: 'womenChildrenCohort1950',
    ...DEMOGRAPHIC_LABELS.womenChildrenCohort1950,
    range: DEFAULT_DEMOGRAPHIC_RANGES.womenChildrenCohort1950,
    rationale:
      'Women born in 1950 had 2.93 children on average. The mothers of members born in the 1970s and 1980s, and the cohort whose children are the nieces and nephews of older members.',
    sources: [SOURCES.fertilityByParity],
  },
  womenChildrenCohort1970: {
    key: 'womenChildrenCohort1970',
    ...DEMOGRAPHIC_LABELS.womenChildrenCohort1970,
    range: DEFAULT_DEMOGRAPHIC_RANGES.womenChildrenCohort1970,
    rationale:
      'Women born in 1970 had about 1.75 children (1.95 for 1965, 2.05 for 1960): the mothers of members born in the 1990s.',
    sources: [SOURCES.fertilityByParity],
  },
  generationGapYears: {
    key: 'generationGapYears',
    ...DEMOGRAPHIC_LABELS.generationGapYears,
    range: DEFAULT_DEMOGRAPHIC_RANGES.generationGapYears,
    rationale:
      "Mothers' average age was 24.8 at a first birth and 27.5 at a second in the late 1970s; fathers are some years older, and seven in ten members are men; mothers of older members, born when families were large, had children until their late thirties. Sets the age of parents (member's age plus the gap) and the centre of the spread of children's ages.",
    sources: [SOURCES.birthAgesLate1970s],
  },
  medianAgeAtDeathYears: {
    key: 'medianAgeAtDeathYears',
    ...DEMOGRAPHIC_LABELS.medianAgeAtDeathYears,
    range: DEFAULT_DEMOGRAPHIC_RANGES.medianAgeAtDeathYears,
    rationale:
      "Life expectancy at birth was 77.3 years in 2019 and 78.6 in 2023; for people who reach 20 the median age at death is a few years higher, but members' parents were born 1900-1970 into harsher conditions.",
    sources: [SOURCES.lifeExpectancy2023],
  },
  spouseClusteringOddsRatio: {
    key: 'spouseClusteringOddsRatio',
    ...DEMOGRAPHIC_LABELS.spouseClusteringOddsRatio,
    range: DEFAULT_DEMOGRAPHIC_RANGES.spouseClusteringOddsRatio,
    rationale:
      "How much likelier a member's spouse is to be a member than a random adult. No survey figure was found, so the range is wide and set by what the membership's make-up allows: 30.2 million of the 99.2 million members are women (2023), so even if every married female member had a member husband, the odds ratio would be about 13 (the high end); with no sorting at all it would be 1. People of similar political standing marry each other in China, so the low end is 2. The most likely value, 4, means about two in five married female members have a member husband (13 would need nearly all of them).",
    sources: [SOURCES.peoplesDaily2024Bulletin],
  },
  familyClusteringOddsRatio: {
    key: 'familyClusteringOddsRatio',
    ...DEMOGRAPHIC_LABELS.familyClusteringOddsRatio,
    range: DEFAULT_DEMOGRAPHIC_RANGES.familyClusteringOddsRatio,
    rationale:
      "How much likelier a member's parent, sibling, adult child or in-law is to be a member than a random adult. Among Beijing university students, having a member parent raised the odds of joining by about 21% after allowing for grades and student posts (Xie & Zhang 2016): a floor, since member parents also pass on the schooling and jobs that lead to membership. No figure for siblings or in-laws was found; the range is wide and its effect is shown in the sensitivity analysis.",
    sources: [SOURCES.partyMembershipTransmission],
  },
  overlapDispersion: {
    key: 'overlapDispersion',
    ...DEMOGRAPHIC_LABELS.overlapDispersion,
    range: DEFAULT_DEMOGRAPHIC_RANGES.overlapDispersion,
    rationale:
      'Relatives are shared in clumps, not at random: a child of two members is one person with two links, and a family with one member often has several. 0 is the random (Poisson) model; 0.25-0.5 lowers the extended-family reach of all members by about 2-8% and leaves small scopes unchanged. A modelling judgement, not a measured value.',
    sources: [],
  },
};
