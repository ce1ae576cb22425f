import type { Figure } from './figure';
import type { Source } from './source';
import { SOURCES } from './sources';

/**
 * Communist Party of China membership at the end of each year, from the Organization Department's
 * yearly intra-party statistical bulletins. US media in 2020 quoted "92 million": the end-2019 figure.
 */
export const PARTY_MEMBERSHIP: readonly Figure[] = [
  {
    id: 'party-members-2012',
    label: 'Party members, end 2012',
    value: 85_127_000,
    unit: 'people',
    asOf: '2012-12-31',
    status: 'official',
    source: {
      title: "People's Daily (English): CPC membership at end of 2012",
      url: 'http://en.people.cn./90785/8305348.html',
    },
    alsoSee: [{ title: "People's Daily (Japanese edition)", url: 'http://j.people.cn/94474/8305416.html' }],
    note: '"The CPC had 85.13 million members at the end of 2012"; the Japanese edition gives 8512万7000人.',
  },
  {
    id: 'party-members-2013',
    label: 'Party members, end 2013',
    value: 86_686_000,
    unit: 'people',
    asOf: '2013-12-31',
    status: 'official',
    source: {
      title: '2013 intra-party statistical bulletin (mirror)',
      url: 'http://stlouistrafficticketlawfirm.com/news/content/2014-06/30/content_2311255.htm',
    },
    note: '"截至2013年底,中國共產黨黨員總數為8668.6萬名". Only a mirror of the bulletin was reachable.',
  },
  {
    id: 'party-members-2014',
    label: 'Party members, end 2014',
    value: 87_793_000,
    unit: 'people',
    asOf: '2014-12-31',
    status: 'official',
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
  {
    id: 'party-members-2015',
    label: 'Party members, end 2015',
    value: 88_758_000,
    unit: 'people',
    asOf: '2015-12-31',
    status: 'official',
    source: { title: 'ECNS, 2016-06-30', url: 'http://www.ecns.cn/2016/06-30/216356.shtml' },
    note: '"a total of 88.758 million members at the end of 2015".',
  },
  {
    id: 'party-members-2016',
    label: 'Party members, end 2016',
    value: 89_447_000,
    unit: 'people',
    asOf: '2016-12-31',
    status: 'official',
    source: {
      title: 'China.org.cn (Japanese)',
      url: 'http://japanese.china.org.cn/politics/19da/content_50025689.htm',
    },
    note: '"2016年末までに、中国共産党の党員総数は8944万7千人".',
  },
  {
    id: 'party-members-2017',
    label: 'Party members, end 2017',
    value: 89_564_000,
    unit: 'people',
    asOf: '2017-12-31',
    status: 'official',
    source: {
      title: 'China Daily, 2018-06-30',
      url: 'https://www.chinadaily.com.cn/a/201806/30/WS5b3746e4a3103349141dfef3.html',
    },
    note: '"a total of 89.564 million members at the end of 2017".',
  },
  {
    id: 'party-members-2018',
    label: 'Party members, end 2018',
    value: 90_594_000,
    unit: 'people',
    asOf: '2018-12-31',
    status: 'official',
    source: {
      title: 'Yunnan government repost of the 2018 bulletin',
      url: 'http://dfjrjgj.yn.gov.cn/html/2019/jr_zx_yw_0701/11748.html',
    },
    note: '"截至2018年底,中国共产党党员总数为9059.4万名".',
  },
  {
    id: 'party-members-2019',
    label: 'Party members, end 2019',
    value: 91_914_000,
    unit: 'people',
    asOf: '2019-12-31',
    status: 'official',
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
  {
    id: 'party-members-2020',
    label: 'Party members, end 2020',
    value: 93_278_000,
    unit: 'people',
    asOf: '2020-12-31',
    status: 'derived',
    source: {
      title: 'CNA via Liberty Times, quoting the 2021 bulletin',
      url: 'http://news.ltn.com.tw/news/world/breakingnews/3976170',
    },
    note: 'No end-2020 bulletin was published. 96.712 million (end 2021) less the net increase of 3.434 million in 2021.',
  },
  {
    id: 'party-members-2021',
    label: 'Party members, end 2021',
    value: 96_712_000,
    unit: 'people',
    asOf: '2021-12-31',
    status: 'official',
    source: {
      title: "People's Daily (English), 2022-06-29",
      url: 'http://en.people.cn/n3/2022/0629/c90000-10116542.html',
    },
    note: '"surpassed 96.71 million at the end of 2021".',
  },
  {
    id: 'party-members-2022',
    label: 'Party members, end 2022',
    value: 98_041_000,
    unit: 'people',
    asOf: '2022-12-31',
    status: 'official',
    source: { title: 'Fujian News, 2023-06-30', url: 'http://news.fjsen.com/2023-06/30/content_31350717.htm' },
    alsoSee: [{ title: 'Shine, 2023-06-30', url: 'https://www.shine.cn/news/nation/2306301449/' }],
    note: '"截至2022年12月31日,中国共产党党员总数为9804.1万名".',
  },
  {
    id: 'party-members-2023',
    label: 'Party members, end 2023',
    value: 99_185_000,
    unit: 'people',
    asOf: '2023-12-31',
    status: 'official',
    source: SOURCES.peoplesDaily2024Bulletin,
    note: '"截至2023年12月31日,中国共产党党员总数为9918.5万名".',
  },
  {
    id: 'party-members-2024',
    label: 'Party members, end 2024',
    value: 100_271_000,
    unit: 'people',
    asOf: '2024-12-31',
    status: 'official',
    source: SOURCES.chinaDaily2025Bulletin,
    note: '"截至2024年12月31日,中国共产党党员总数为10027.1万名".',
  },
];

/** Key, band label, people, and the bulletin's words where they were read verbatim. */
type BandRow = [key: string, band: string, people: number, excerpt?: string];

/** The eight age bands of one year's bulletin as catalogue figures. */
function ageBands(year: number, source: Source, rows: readonly BandRow[]): Figure[] {
  return rows.map(([key, band, value, excerpt]) => ({
    id: `party-members-${year}-age-${key}`,
    label: `Party members aged ${band}, end ${year}`,
    value,
    unit: 'people',
    asOf: `${year}-12-31`,
    status: 'official',
    source,
    note: excerpt ? `"${excerpt}".` : `From the ${year} bulletin's table of members by age.`,
  }));
}

/** Party members by age at the end of 2023 (2023 bulletin); the bands add to 99.186 million. */
export const PARTY_AGE_BANDS_2023: readonly Figure[] = ageBands(2023, SOURCES.peoplesDaily2024Bulletin, [
  ['30-or-under', '30 or under', 12_412_000, '30岁及以下党员1241.2万名'],
  ['31-35', '31-35', 11_196_000, '31至35岁党员1119.6万名'],
  ['36-40', '36-40', 10_864_000, '36至40岁党员1086.4万名'],
  ['41-45', '41-45', 9_459_000, '41至45岁党员945.9万名'],
  ['46-50', '46-50', 9_071_000, '46至50岁党员907.1万名'],
  ['51-55', '51-55', 9_405_000, '51至55岁党员940.5万名'],
  ['56-60', '56-60', 8_907_000, '56至60岁党员890.7万名'],
  ['61-plus', '61 and over', 27_872_000, '61岁及以上党员2787.2万名'],
]);

/** Party members by age at the end of 2024 (2024 bulletin); the bands add to 100.27 million. */
export const PARTY_AGE_BANDS_2024: readonly Figure[] = ageBands(2024, SOURCES.chinaDaily2025Bulletin, [
  ['30-or-under', '30 or under', 12_272_000, '30岁及以下党员1227.2万名'],
  ['31-35', '31-35', 10_764_000],
  ['36-40', '36-40', 11_475_000],
  ['41-45', '41-45', 9_687_000],
  ['46-50', '46-50', 9_041_000],
  ['51-55', '51-55', 9_412_000],
  ['56-60', '56-60', 8_646_000],
  ['61-plus', '61 and over', 28_973_000, '61岁及以上党员2897.3万名'],
]);
