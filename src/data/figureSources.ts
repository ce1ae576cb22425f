import type { FigureSourcing } from './figure';
import type { Source } from './source';
import { SOURCES } from './sources';

/**
 * NBS revised its 2011-2019 year-end totals after the 2020 census; the originals are used (see
 * `chinaPopulation.ts`).
 */
const ORIGINAL_SERIES_NOTE =
  'NBS year-end figure as first published. After the 2020 census NBS revised the 2011-2019 totals upward ' +
  '(by about 1 million births a year); the revised table was not retrievable, so the original is used. It ' +
  'understates the revised series by up to about 0.7%, which changes shares of the population by less than that.';

const originalSeries = (excerpt: string) => `${excerpt} ${ORIGINAL_SERIES_NOTE}`;

/** The eight age-band figures of one year's bulletin, each with the bulletin's words for it. */
function ageBandSources(year: number, source: Source, words: readonly string[]): Record<string, FigureSourcing> {
  const keys = ['30-or-under', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', '61-plus'];
  return Object.fromEntries(
    keys.map((key, i) => [`party-members-${year}-age-${key}`, { source, note: `"${words[i]}".` }]),
  );
}

const xinhua19thCC = {
  title: 'Xinhua (mirror), 2017-10-24: the new Central Committee',
  url: 'http://m.hotsrq.com/english/2017-10/24/c_136702363.htm',
};
const cgtn19thCC = { title: 'CGTN, 2017-10-24', url: 'https://news.cgtn.com/news/3041544d32597a6333566d54/index.html' };
const straitsTimes20thCC = {
  title: 'Straits Times, 2022-10-22: Li Xi set to be anti-corruption czar',
  url: 'https://www.straitstimes.com/asia/east-asia/guangdong-chief-li-xi-set-to-be-china-s-new-anti-corruption-czar',
};

/**
 * Where each figure in the catalogue (`catalogue.ts`) comes from, by figure id: the cited text,
 * other sources that print the same value, and a note with the source's words, caveats,
 * disagreements between sources or the derivation. Several Chinese official texts were only
 * reachable through reposts; their titles say so.
 *
 * Kept apart from the values: the page loads these only when the reader opens the figures table,
 * and the embed never does.
 */
export const FIGURE_SOURCES: Readonly<Record<string, FigureSourcing>> = {
  // Party membership (partyMembership.ts)
  'party-members-2012': {
    source: {
      title: "People's Daily (English): CPC membership at end of 2012",
      url: 'http://en.people.cn./90785/8305348.html',
    },
    alsoSee: [{ title: "People's Daily (Japanese edition)", url: 'http://j.people.cn/94474/8305416.html' }],
    note: '"The CPC had 85.13 million members at the end of 2012"; the Japanese edition gives 8512万7000人.',
  },
  'party-members-2013': {
    source: {
      title: '2013 intra-party statistical bulletin (mirror)',
      url: 'http://stlouistrafficticketlawfirm.com/news/content/2014-06/30/content_2311255.htm',
    },
    note: '"截至2013年底,中國共產黨黨員總數為8668.6萬名". Only a mirror of the bulletin was reachable.',
  },
  'party-members-2014': {
    source: {
      title: 'Chinese Social Sciences Net: 2014 intra-party statistical bulletin',
      url: 'http://www.cssn.cn/dzyx/dzyx_tt/201506/t20150629_2053658.shtml',
    },
    alsoSee: [
      {
        title: 'China Daily, 2015-07-01',
        url: 'https://africa.chinadaily.com.cn/china/2015-07/01/content_21154453.htm',
      },
    ],
    note: '"截至2014年底,中国共产党党员总数为8779.3万名".',
  },
  'party-members-2015': {
    source: { title: 'ECNS, 2016-06-30', url: 'http://www.ecns.cn/2016/06-30/216356.shtml' },
    note: '"a total of 88.758 million members at the end of 2015".',
  },
  'party-members-2016': {
    source: {
      title: 'China.org.cn (Japanese)',
      url: 'http://japanese.china.org.cn/politics/19da/content_50025689.htm',
    },
    note: '"2016年末までに、中国共産党の党員総数は8944万7千人".',
  },
  'party-members-2017': {
    source: {
      title: 'China Daily, 2018-06-30',
      url: 'https://www.chinadaily.com.cn/a/201806/30/WS5b3746e4a3103349141dfef3.html',
    },
    note: '"a total of 89.564 million members at the end of 2017".',
  },
  'party-members-2018': {
    source: {
      title: 'Yunnan government repost of the 2018 bulletin',
      url: 'http://dfjrjgj.yn.gov.cn/html/2019/jr_zx_yw_0701/11748.html',
    },
    note: '"截至2018年底,中国共产党党员总数为9059.4万名".',
  },
  'party-members-2019': {
    source: {
      title: 'China Daily via Yunnan.cn, 2020-07-01',
      url: 'http://english.yunnan.cn/html/2020/consulgeneral_0701/20475.html',
    },
    alsoSee: [
      {
        title: 'Macau Monthly repost of the bulletin',
        url: 'http://macaumonthly.net/news/guonei/2020-07-01/321187.html',
      },
    ],
    note: 'The "92 million" of the July and December 2020 debate. "截至2019年底,中国共产党党员总数为9191.4万名".',
  },
  'party-members-2020': {
    source: {
      title: 'CNA via Liberty Times, quoting the 2021 bulletin',
      url: 'http://news.ltn.com.tw/news/world/breakingnews/3976170',
    },
    note: 'No end-2020 bulletin was published. 96.712 million (end 2021) less the net increase of 3.434 million in 2021.',
  },
  'party-members-2021': {
    source: {
      title: "People's Daily (English), 2022-06-29",
      url: 'http://en.people.cn/n3/2022/0629/c90000-10116542.html',
    },
    note: '"surpassed 96.71 million at the end of 2021".',
  },
  'party-members-2022': {
    source: { title: 'Fujian News, 2023-06-30', url: 'http://news.fjsen.com/2023-06/30/content_31350717.htm' },
    alsoSee: [{ title: 'Shine, 2023-06-30', url: 'https://www.shine.cn/news/nation/2306301449/' }],
    note: '"截至2022年12月31日,中国共产党党员总数为9804.1万名".',
  },
  'party-members-2023': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"截至2023年12月31日,中国共产党党员总数为9918.5万名".',
  },
  'party-members-2024': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: '"截至2024年12月31日,中国共产党党员总数为10027.1万名".',
  },
  ...ageBandSources(2017, SOURCES.xinhua2018Bulletin, [
    '30岁及以下党员1331.4万名',
    '31至35岁党员902.3万名',
    '36至40岁党员823.3万名',
    '41至45岁党员890.0万名',
    '46至50岁党员888.8万名',
    '51至55岁党员941.7万名',
    '56至60岁党员660.6万名',
    '61岁及以上党员2518.3万名',
  ]),
  ...ageBandSources(2022, SOURCES.xinhua2023Bulletin, [
    '30岁及以下党员1243.5万名',
    '31至35岁党员1150.0万名',
    '36至40岁党员1035.6万名',
    '41至45岁党员896.6万名',
    '46至50岁党员929.1万名',
    '51至55岁党员897.5万名',
    '56至60岁党员915.9万名',
    '61岁及以上党员2735.9万名',
  ]),
  'party-members-2023-age-30-or-under': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"30岁及以下党员1241.2万名".',
  },
  'party-members-2023-age-31-35': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"31至35岁党员1119.6万名".',
  },
  'party-members-2023-age-36-40': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"36至40岁党员1086.4万名".',
  },
  'party-members-2023-age-41-45': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"41至45岁党员945.9万名".',
  },
  'party-members-2023-age-46-50': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"46至50岁党员907.1万名".',
  },
  'party-members-2023-age-51-55': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"51至55岁党员940.5万名".',
  },
  'party-members-2023-age-56-60': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"56至60岁党员890.7万名".',
  },
  'party-members-2023-age-61-plus': {
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"61岁及以上党员2787.2万名".',
  },
  'party-members-2024-age-30-or-under': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: '"30岁及以下党员1227.2万名".',
  },
  'party-members-2024-age-31-35': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: "From the 2024 bulletin's table of members by age.",
  },
  'party-members-2024-age-36-40': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: "From the 2024 bulletin's table of members by age.",
  },
  'party-members-2024-age-41-45': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: "From the 2024 bulletin's table of members by age.",
  },
  'party-members-2024-age-46-50': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: "From the 2024 bulletin's table of members by age.",
  },
  'party-members-2024-age-51-55': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: "From the 2024 bulletin's table of members by age.",
  },
  'party-members-2024-age-56-60': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: "From the 2024 bulletin's table of members by age.",
  },
  'party-members-2024-age-61-plus': {
    source: SOURCES.chinaDaily2025Bulletin,
    note: '"61岁及以上党员2897.3万名".',
  },
  // Leadership bodies (leadershipBodies.ts)
  'cc19-full': {
    source: xinhua19thCC,
    alsoSee: [cgtn19thCC],
    note: '"the new CPC Central Committee includes 204 members and 172 alternate members". ORCA\'s "205 + 171" for the 19th CC copies the 20th CC\'s figures.',
  },
  'cc19-alternate': {
    source: xinhua19thCC,
    alsoSee: [cgtn19thCC],
    note: 'See the full-member entry.',
  },
  politburo19: {
    source: { title: 'ORCA, 19th Central Committee, part 1', url: 'https://orcasia.org/public/pages/19cc/part1' },
    note: '"the 25-member Politburo".',
  },
  ccdi19: {
    source: cgtn19thCC,
    note: '"133 members of the CPC Central Commission for Discipline Inspection".',
  },
  'cc20-full': {
    source: SOURCES.orca20thCC,
    alsoSee: [straitsTimes20thCC],
    note: '"376 members – 205 full and 171 alternate – were elected … from 2296 delegates". 203 full and 168 alternate members attended the first plenum.',
  },
  'cc20-alternate': {
    source: SOURCES.orca20thCC,
    alsoSee: [straitsTimes20thCC],
    note: 'See the full-member entry.',
  },
  'cc20-full-2025': {
    source: {
      title:
        'CRNTT (copy of the Xinhua text), 2025-10-23: communiqué of the Fourth Plenary Session of the 20th Central Committee',
      url: 'https://hk.crntt.com/doc/1071/3/3/1/107133141.html',
    },
    alsoSee: [{ title: 'CNA, 2025-10-23', url: 'https://www.cna.com.tw/news/acn/202510230303.aspx' }],
    note: 'Derived; the Party publishes no headcount. 205 elected in 2022; the Third Plenum (July 2024) removed Qin Gang, confirmed the expulsions of Li Shangfu and Li Yuchao and promoted three alternates; Yu Jianhua died in December 2024; the Fourth Plenum confirmed 14 expulsions (10 full members and 4 alternates, as the press counted them) and promoted 11 alternates: "递补中央委员会候补委员于会文…卢红为中央委员会委员". 205 − 3 + 3 − 1 − 10 + 11 = 205. A Fifth Plenum met on 26-29 October 2026; its changes are not included.',
  },
  'cc20-alternate-2025': {
    source: {
      title:
        'CRNTT (copy of the Xinhua text), 2025-10-23: communiqué of the Fourth Plenary Session of the 20th Central Committee',
      url: 'https://hk.crntt.com/doc/1071/3/3/1/107133141.html',
    },
    note: 'Derived: 171 elected − 3 promoted at the Third Plenum − 1 expelled (Sun Jinming, taken to be an alternate) − 4 expelled and 11 promoted at the Fourth Plenum = 152. Attendance at the Fourth Plenum was 168 full and 147 alternate members. The Fifth Plenum (October 2026) is not included.',
  },
  'politburo20-2025': {
    source: {
      title:
        'CRNTT (copy of the Xinhua text), 2025-10-23: communiqué of the Fourth Plenary Session of the 20th Central Committee',
      url: 'https://hk.crntt.com/doc/1071/3/3/1/107133141.html',
    },
    note: 'Derived: 24 − He Weidong, whose expulsion the plenum confirmed; no one was added to the Politburo ("公报并未提及张升民递补为中央政治局委员", CNA).',
  },
  politburo20: {
    source: SOURCES.orca20thCC,
    alsoSee: [
      {
        title: 'Wikiwand: 20th Central Committee',
        url: 'https://www.wikiwand.com/en/20th_Central_Committee_of_the_Chinese_Communist_Party',
      },
    ],
    note: '"24 members were appointed in the Politburo … seven out of these 24 … Standing Committee".',
  },
  psc20: {
    source: SOURCES.orca20thCC,
    note: 'Seven of the 24 Politburo members.',
  },
  ccdi20: {
    source: straitsTimes20thCC,
    note: '"a list of 133 members of the Central Commission for Discipline Inspection (CCDI)".',
  },
  // China's population (chinaPopulation.ts)
  'china-population-2012': {
    source: {
      title: 'MoneyDJ report on the 2012 statistical communiqué',
      url: 'https://m.moneydj.com/f1a.aspx?a=44264db9-f37b-454e-86bb-4c3a2de6cbb1',
    },
    note: originalSeries('"大陸2012年底總人口為13億5,404萬人".'),
  },
  'china-population-2013': {
    source: { title: 'Repost citing NBS, 2013 year-end population', url: 'https://bwwdw.com/article/xcbe.html' },
    note: originalSeries('"2013年末全国大陆总人口为 136072万人".'),
  },
  'china-population-2014': {
    source: {
      title: 'Xinhua (Japanese), 2015-01-21: NBS head Ma Jiantang',
      url: 'http://jp.xinhuanet.com/2015-01/21/c_133934339.htm',
    },
    note: originalSeries('"2014年末、中国大陸の総人口は13億6782万人".'),
  },
  'china-population-2015': {
    source: {
      title: 'China Services Info (State Council): population 2015',
      url: 'https://chinaservicesinfo.com/s/201602/29/WS5f26c192498ed1e2f34082d1/population-2015.html',
    },
    note: originalSeries('"The total Chinese population on the mainland reached 1,374.62 million at the end of 2015".'),
  },
  'china-population-2016': {
    source: { title: 'Repost of the NBS 2016 release', url: 'https://www.kandian5.com/articles/10081.html' },
    note: originalSeries('"截止2016年年底,中国大陆总人口…138271万人".'),
  },
  'china-population-2017': {
    source: {
      title: 'Southern Daily via Sina Guangdong, 2018-01-19',
      url: 'http://guangzhou.baogaosu.com/xinwen/%E7%BB%9F%E8%AE%A1%E5%B1%80%E5%8F%91%E5%B8%83%E6%95%B0%E6%8D%AE%E5%A4%A7%E9%99%86%E6%80%BB%E4%BA%BA%E5%8F%A3/64222157',
    },
    note: originalSeries('"2017年年末中国大陆总人口…139008万人".'),
  },
  'china-population-2018': {
    source: { title: 'Xinhua, 2019-01-21 (repost)', url: 'https://zztdbp.com/index.php/article/view/id/96236.html' },
    note: originalSeries('"截至2018年年末,中国大陆总人口…139538万人".'),
  },
  'china-population-2019': {
    source: { title: 'Xinhua (mirror): 2019 year-end population', url: 'https://mip.tianqing123.cn/jinri/353526.html' },
    alsoSee: [
      { title: 'TVBS, on the 2019 figure', url: 'https://news.tvbs.com.tw/world/1264367' },
      { title: 'TASS, 2021-05-11', url: 'https://tass.com/society/1287991' },
    ],
    note: originalSeries(
      '"2019年末,中国大陆总人口…140005万人" (also TASS, 2021-05-11: 1.40005 billion). The "1.40 billion" of the 2020 debate.',
    ),
  },
  'china-population-2020': {
    source: { title: 'NBS 2021 year-end release (repost)', url: 'http://www.51emo.com/yaowen/2022/0117/54588.html' },
    alsoSee: [
      { title: 'Table of year-end totals (2020: 141212)', url: 'http://mtiku.zujuan.com/map/paper-5115619.shtml' },
    ],
    note: 'Revised series, after the 2020 census: 141,260万 at end 2021 less the 2021 increase of 48万. The census itself counted 1,411,778,724 on 1 November 2020.',
  },
  'china-population-2021': {
    source: {
      title: "People's Daily (mirror): 2021 year-end population",
      url: 'http://geturdoctor.com/content/3225883',
    },
    note: '"2021年末全国人口…141260万人,比上年末增加48万人".',
  },
  'china-population-2022': {
    source: {
      title: 'Global Times (mirror): 2022 year-end population',
      url: 'https://freewechat.com/a/MTQzMTE0MjcyMQ==/2667361248/2',
    },
    note: '"2022年末全国人口…141175万人,比上年末减少85万人". The first fall in six decades.',
  },
  'china-population-2023': {
    source: { title: 'NBS 2023 release (repost)', url: 'https://maigoo.com/news/694709.html' },
    alsoSee: [{ title: 'Now News', url: 'https://news.now.com/mobile/finance/player?newsId=546645' }],
    note: '"2023年末全国人口…140967万人,比2022年末减少208万人".',
  },
  'china-population-2024': {
    source: { title: 'NBS 2024 release (repost)', url: 'https://monvtuan.com/new/664889676003287040' },
    note: '"2024年末全国人口…140828万人,比上年末减少139万人". The World Bank\'s mid-year series gives 1,408.975 million.',
  },
  'china-population-2025': {
    source: {
      title: 'ETNet news wire (copy of the NBS release of 2026-01-19): 2025 year-end population',
      url: 'https://www.etnet.com.hk/www/tc/forex/news-article/20260119755',
    },
    alsoSee: [{ title: 'Sing Tao (Xinhua copy)', url: 'https://www.stheadline.com/zh-hans/realtime-china/3536841/' }],
    note: '"2025年末全國人口…140489萬人,比上年末減少339萬人"; births 7.92 million, deaths 11.31 million. The 2025 1% population sample survey gives 1,405.45 million on 1 November 2025.',
  },
  'china-adult-share-2020': {
    source: SOURCES.unicefChildren2020,
    alsoSee: [SOURCES.census2020Communique2],
    note: '1 - 298 million children aged 0-17 / 1,411.78 million (2020 census): "2020年中国0-17周岁儿童人口为2.98亿人,占全国总人口的21.1%".',
  },
  // Reference populations (referencePopulations.ts)
  'us-population-2020': {
    source: {
      title: 'US Census Bureau "America Counts" (repost): first 2020 census results',
      url: 'https://arcieve.blogspot.com/2021/04/in-case-you-missed-it-first-2020-census.html',
    },
    note: '"the resident population of the United States … was 331,449,281 as of April 1, 2020".',
  },
  'us-population-2024': {
    source: SOURCES.worldBankPopulation,
    alsoSee: [
      {
        title: 'Census Bureau Vintage 2024 release (repost): 340.1 million',
        url: 'https://lascrucesdigest.com/u-s-population-grows-at-fastest-pace-in-more-than-two-decades',
      },
    ],
    note: "World Bank 2024; the Census Bureau's Vintage 2024 estimate is 340.1 million on 1 July 2024.",
  },
  'germany-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank total population (mid-year basis), 2024.',
  },
  'japan-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank total population (mid-year basis), 2024.',
  },
  'iran-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank total population (mid-year basis), 2024.',
  },
  'vietnam-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank total population (mid-year basis), 2024.',
  },
  'uk-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank 2024, rounded to 69.23 million in the compiled figures.',
  },
  'france-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank 2024, rounded to 68.55 million in the compiled figures.',
  },
  'world-population-2024': {
    source: SOURCES.worldBankPopulation,
    note: 'World Bank total population (mid-year basis), 2024.',
  },
  'xinjiang-population-2020': {
    source: SOURCES.xinjiangCensus2020,
    alsoSee: [{ title: 'China Youth Net, 2021-06-14', url: 'http://news.youth.cn/jsxw/202106/t20210614_13020110.htm' }],
    note: 'Han 10,920,098 + minorities 14,932,247 (2020 census); the communiqué rounds to 2585.23万.',
  },
  'uyghurs-in-xinjiang-2020': {
    source: SOURCES.xinjiangCensus2020,
    note: "44.96% of Xinjiang's population (2020 census). The nationwide Uyghur count was not verified.",
  },
  'tibet-population-2020': {
    source: { title: 'Tibet.cn, 2021-05-20', url: 'http://tibet.cn/cn/news/zx/202105/t20210520_7007386.html' },
    note: '"西藏自治区全区常住人口为3648100人".',
  },
  'hong-kong-population-2024': {
    source: {
      title: "People's Daily (English), 2024-08-16",
      url: 'http://en.people.cn/n3/2024/0816/c90000-20206646.html',
    },
    note: '"Hong Kong\'s population in mid-2024 stood at 7,531,800" (the provisional figure; the Census and Statistics Department revised it later, and the revised value was not found).',
  },
  'taiwan-population-2024': {
    source: { title: 'Focus Taiwan (Japanese), 2025-01-10', url: 'https://japan.focustaiwan.tw/society/202501100003' },
    note: '"2024年の総人口は2340万220人".',
  },
  'xinjiang-detainees-un-2018': {
    source: {
      title: 'RFE/RL, 2018-08-10: UN panel',
      url: 'https://www.rferl.org/a/un-panel-says-millions-chinese-uighers-living-massive-internment-camp-/29427205.html',
    },
    note: 'An estimate, not a count: Zenz (2019) gives 0.9 million (minimum) to 1.8 million (speculative upper limit); China disputes all of them.',
  },
  'chinese-visitors-to-us-2019': {
    source: SOURCES.ntto2019,
    note: 'NTTO: 2,830 thousand arrivals in 2019. Arrivals, not distinct people: frequent travellers count more than once.',
  },
  'chinese-visitors-to-us-2023': {
    source: {
      title: 'U.S. Travel Association: growing US-China travel',
      url: 'https://www.ustravel.org/news/growing-us-china-travel-insights-brand-usas-tourism-leadership-summit-xian',
    },
    note: '"In 2023, the U.S. welcomed 1.1 million visitors from China, a dramatic increase from 368,000 in 2022".',
  },
  'us-visas-to-chinese-fy2019': {
    source: SOURCES.visas2019,
    note: '"The U.S. granted 1.24 million visas to Chinese individuals during the fiscal year ended in September".',
  },
  'chinese-students-in-us-2019': {
    source: {
      title: 'Asia Matters for America: Open Doors 2020',
      url: 'https://asiamattersforamerica.org/articles/chinese-students-in-the-united-states-continue-to-increase-amid-overall-decline-in-international-students-during-the-coronavirus-pandemic',
    },
    note: 'Open Doors, 2019/20 academic year: 34.6% of international students.',
  },
  'chinese-students-in-us-2024': {
    source: {
      title: 'Newspage360 (copy of the Open Doors 2025 release, 2025-11-17)',
      url: 'https://newspage360.com/?p=66886',
    },
    note: '"China followed with 265,919 students, experiencing a 4% decline" (2024/25 academic year).',
  },
  'hong-kong-population-2025': {
    source: {
      title: 'HK01, 2026-02-12 (copy of the Census and Statistics Department release)',
      url: 'https://www.hk01.com/社會新聞/60321807/',
    },
    note: '"2025年年底香港人口的臨時數字為7,510,800人" (provisional); the mid-2025 figure was revised to 7,498,900.',
  },
  'chinese-students-in-us-2023': {
    source: {
      title: 'NDTV Profit: Open Doors 2024',
      url: 'https://www.ndtvprofit.com/world/indian-students-rush-to-us-colleges-driving-attendance-record',
    },
    note: '"China posted a 4% decline to 277,398 students" (2023/24 academic year).',
  },
};
