import type { Source } from './source';

/**
 * Sources cited by more than one catalogue entry. Several Chinese official texts were only
 * reachable through re-posts; those are marked "(mirror)" and the numbers matched every copy seen.
 */
export const SOURCES = {
  peoplesDaily2024Bulletin: {
    title: "People's Daily, 2024-07-01, p.4: 2023 intra-party statistical bulletin",
    url: 'http://paper.people.com.cn/rmrb/html/2024-07/01/nw.D110000renmrb_20240701_4-04.htm',
  },
  chinaDaily2025Bulletin: {
    title: 'China Daily (Chinese edition), 2025-07-02: 2024 intra-party statistical bulletin',
    url: 'http://cn.chinadaily.com.cn/a/202507/02/WS6864f7d9a3106af2b3c7223d.html',
  },
  census2020Communique2: {
    title: '2020 census communiqué No. 2 (repost)',
    url: 'https://a.lx.city/forum.php?goto=lastpost&mod=redirect&tid=618',
  },
  unicefChildren2020: {
    title: 'NBS / UNICEF / UNFPA, "Population Status of Children in China 2020: Facts and Figures" (repost)',
    url: 'http://z683.cn/gc/28886.html',
  },
  worldBankPopulation: {
    title: 'World Bank SP.POP.TOTL via datasets/population, commit 425fc447',
    url: 'https://github.com/datasets/population/blob/425fc447a53a26c767a15a7de60c4cc2478a0595/data/population.csv',
  },
  xinjiangCensus2020: {
    title: 'Xinjiang 2020 census communiqué (quoted, mirror)',
    url: 'http://usahighjumpclub.com/post/90532.html',
  },
  orca20thCC: {
    title: 'ORCA, 20th Central Committee overview',
    url: 'https://orcasia.org/public/pages/20cc/overview',
  },
  eberstadtVerdery: {
    title: 'Summary of Eberstadt & Verdery (AEI, 2023) on Chinese kin networks',
    url: 'https://www.bbntimes.com/politics/cousins-and-kin-networks-in-china-s-family-structure',
  },
  zhejiangMarriage2020: {
    title: 'Zhejiang 2020 census: marital status of people aged 15+',
    url: 'https://lib.zjsru.edu.cn./info/1331/25209.htm',
  },
  fertility2020: {
    title: 'NBS head Ning Jizhe on the 2020 census, 2021-05-11 (TFR 1.3)',
    url: 'https://mip.pi1688.com/news/item-53487.html',
  },
  lifeExpectancy2023: {
    title: 'National Health Commission: life expectancy 78.6 years in 2023',
    url: 'https://cn.bg3.co/a/guo-jia-wei-jian-wei-2023nian-wo-guo-ju-min-ren-jun-qi-wang-shou-ming-yi-da-78-6sui.html',
  },
  wangVerderyMargolis2024: {
    title: 'Wang, Verdery & Margolis, "Sibling Availability, Sibling Sorting, and ...", Demography 61(3), 2024',
    url: 'https://read.dukeupress.edu/demography/article/61/3/797/387892/Sibling-Availability-Sibling-Sorting-and',
  },
  visaRule2020: {
    title: 'Immigration Policy Tracking Project: State Dept tightens visa rules for CCP members (2020-12)',
    url: 'https://immpolicytracking.org/policies/dos-tightens-visa-restrictions-chinese-communist-party-members/',
  },
  usGov270m: {
    title: 'NYT (Mozur & Zhong, 2020-12-03) excerpt: "roughly 270 million people", US government estimate',
    url: 'https://www.amren.com/news/2020/12/u-s-tightens-visa-rules-for-chinese-communist-party-members/',
  },
  stopCcpActText: {
    title: 'H.R. 3334 (118th), STOP CCP Act, engrossed in House',
    url: 'https://www.congress.gov/118/bills/hr3334/BILLS-118hr3334eh.htm',
  },
  stopCcpActCoverage: {
    title: 'That Is China, 2024-09-27: US House passes STOP CCP Act',
    url: 'https://thatischina.com/2024/09/27/u-s-house-passes-stop-ccp-act-targeting-top-ccp-members',
  },
  ntto2019: {
    title: 'Inbound Report, 2020-05-26: the China profile before COVID-19 (NTTO)',
    url: 'https://inboundreport.com/2020/05/26/the-china-profile-before-covid-19',
  },
  visas2019: {
    title: 'Nikkei Asia: Chinese granted 45% fewer US visas under Trump (FY2019: 1.24 million)',
    url: 'https://asia.nikkei.com/Politics/Chinese-granted-45-fewer-US-visas-under-Trump',
  },
} satisfies Record<string, Source>;
