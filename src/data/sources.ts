import type { Source } from './source';

/**
 * Sources cited by more than one catalogue entry. Several Chinese official texts were only
 * reachable through re-posts; those are marked "(mirror)" and the numbers matched every copy seen.
 */
export const SOURCES = {
  xinhua2018Bulletin: {
    title: 'Xinhua, 2018-06-30: 2017 intra-party statistical bulletin (copy at cnganbu.com)',
    url: 'http://cnganbu.com/news/view?id=35072',
  },
  xinhua2023Bulletin: {
    title: 'Xinhua, 2023-06-30: 2022 intra-party statistical bulletin (copy at fjsen.com)',
    url: 'http://news.fjsen.com/2023-06/30/content_31350717.htm',
  },
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
  fertilityByParity: {
    title:
      '"Fertility by parity in China", International Journal of Population Studies 8(1): cohort fertility, table 1',
    url: 'https://article.accscience.com/read-online/full-issue/IJPS/8-1/files/basic-html/page101.html',
  },
  birthAgesLate1970s: {
    title:
      '"Fertility by parity in China", International Journal of Population Studies 8(1): mean ages at first and second birth',
    url: 'https://article.accscience.com/read-online/full-issue/IJPS/8-1/files/basic-html/page94.html',
  },
  coale1984: {
    title: 'Coale, Rapid Population Change in China, 1952-1982 (National Academy Press, 1984)',
    url: 'http://books.nap.edu/openbook.php?record_id=61&page=46',
  },
  stateSectorFertility: {
    title: 'Liu & He (2016): state-sector employment and the number of children (Journal of Sichuan Normal University)',
    url: 'https://wkxb.sicnu.edu.cn/ArticlePublished/t-4935.aspx',
  },
  partyMembershipTransmission: {
    title:
      "Xie & Zhang (2016), Chinese Journal of Sociology (社会) 36(3): parents' membership and students joining the Party",
    url: 'http://etbook.e-tiller.com/ebook/shehui/2016_3/files/basic-html/page65.html',
  },
  visaRule2020: {
    title: 'Immigration Policy Tracking Project: State Dept tightens visa rules for CCP members (2020-12)',
    url: 'https://immpolicytracking.org/policies/dos-tightens-visa-restrictions-chinese-communist-party-members/',
  },
  nytTravelBan2020: {
    title:
      'The New York Times (Mozur & Wong), 2020-07-15: U.S. Weighs Sweeping Travel Ban on Chinese Communist Party Members',
    url: 'https://www.nytimes.com/2020/07/15/us/politics/china-travel-ban.html',
  },
  washingtonPostVisaRule2020: {
    title:
      "The Washington Post, 2020-12-03: report on the State Department's one-month visa limit for Party members and their families",
    url: 'https://www.washingtonpost.com/world/asia_pacific/us-visas-china-communist-trump/2020/12/03/bf6694ea-3551-11eb-9699-00d311f13d2d_story.html',
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
