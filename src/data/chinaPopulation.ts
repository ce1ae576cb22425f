import type { Figure } from './figure';

const ORIGINAL_SERIES_NOTE =
  'NBS year-end figure as first published. After the 2020 census NBS revised the 2011-2019 totals upward ' +
  '(by about 1 million births a year); the revised table was not retrievable, so the original is used. It ' +
  'understates the revised series by up to about 0.7%, which changes shares of the population by less than that.';

function original(year: number, value: number, source: { title: string; url: string }, excerpt: string): Figure {
  return {
    id: `china-population-${year}`,
    label: `China (mainland), end ${year}`,
    value,
    unit: 'people',
    asOf: `${year}-12-31`,
    status: 'official',
    source,
    note: `${excerpt} ${ORIGINAL_SERIES_NOTE}`,
  };
}

/**
 * China's mainland population at the end of each year (National Bureau of Statistics), the N of
 * the model: the people a scope's core and relatives are counted against. Official texts were
 * read through reposts; each title says which.
 */
export const CHINA_POPULATION: readonly Figure[] = [
  original(
    2012,
    1_354_040_000,
    {
      title: 'MoneyDJ report on the 2012 statistical communiqué',
      url: 'https://m.moneydj.com/f1a.aspx?a=44264db9-f37b-454e-86bb-4c3a2de6cbb1',
    },
    '"大陸2012年底總人口為13億5,404萬人".',
  ),
  original(
    2013,
    1_360_720_000,
    { title: 'Repost citing NBS, 2013 year-end population', url: 'https://bwwdw.com/article/xcbe.html' },
    '"2013年末全国大陆总人口为 136072万人".',
  ),
  original(
    2014,
    1_367_820_000,
    {
      title: 'Xinhua (Japanese), 2015-01-21: NBS head Ma Jiantang',
      url: 'http://jp.xinhuanet.com/2015-01/21/c_133934339.htm',
    },
    '"2014年末、中国大陸の総人口は13億6782万人".',
  ),
  original(
    2015,
    1_374_620_000,
    {
      title: 'China Services Info (State Council): population 2015',
      url: 'https://chinaservicesinfo.com/s/201602/29/WS5f26c192498ed1e2f34082d1/population-2015.html',
    },
    '"The total Chinese population on the mainland reached 1,374.62 million at the end of 2015".',
  ),
  original(
    2016,
    1_382_710_000,
    { title: 'Repost of the NBS 2016 release', url: 'https://www.kandian5.com/articles/10081.html' },
    '"截止2016年年底,中国大陆总人口…138271万人".',
  ),
  original(
    2017,
    1_390_080_000,
    {
      title: 'Southern Daily via Sina Guangdong, 2018-01-19',
      url: 'http://guangzhou.baogaosu.com/xinwen/%E7%BB%9F%E8%AE%A1%E5%B1%80%E5%8F%91%E5%B8%83%E6%95%B0%E6%8D%AE%E5%A4%A7%E9%99%86%E6%80%BB%E4%BA%BA%E5%8F%A3/64222157',
    },
    '"2017年年末中国大陆总人口…139008万人".',
  ),
  original(
    2018,
    1_395_380_000,
    { title: 'Xinhua, 2019-01-21 (repost)', url: 'https://zztdbp.com/index.php/article/view/id/96236.html' },
    '"截至2018年年末,中国大陆总人口…139538万人".',
  ),
  {
    ...original(
      2019,
      1_400_050_000,
      { title: 'Xinhua (mirror): 2019 year-end population', url: 'https://mip.tianqing123.cn/jinri/353526.html' },
      '"2019年末,中国大陆总人口…140005万人" (also TASS, 2021-05-11: 1.40005 billion). The "1.40 billion" of the 2020 debate.',
    ),
    alsoSee: [
      { title: 'TVBS, on the 2019 figure', url: 'https://news.tvbs.com.tw/world/1264367' },
      { title: 'TASS, 2021-05-11', url: 'https://tass.com/society/1287991' },
    ],
  },
  {
    id: 'china-population-2020',
    label: 'China (mainland), end 2020',
    value: 1_412_120_000,
    unit: 'people',
    asOf: '2020-12-31',
    status: 'derived',
    source: { title: 'NBS 2021 year-end release (repost)', url: 'http://www.51emo.com/yaowen/2022/0117/54588.html' },
    alsoSee: [
      { title: 'Table of year-end totals (2020: 141212)', url: 'http://mtiku.zujuan.com/map/paper-5115619.shtml' },
    ],
    note: 'Revised series, after the 2020 census: 141,260万 at end 2021 less the 2021 increase of 48万. The census itself counted 1,411,778,724 on 1 November 2020.',
  },
  {
    id: 'china-population-2021',
    label: 'China (mainland), end 2021',
    value: 1_412_600_000,
    unit: 'people',
    asOf: '2021-12-31',
    status: 'official',
    source: {
      title: "People's Daily (mirror): 2021 year-end population",
      url: 'http://geturdoctor.com/content/3225883',
    },
    note: '"2021年末全国人口…141260万人,比上年末增加48万人".',
  },
  {
    id: 'china-population-2022',
    label: 'China (mainland), end 2022',
    value: 1_411_750_000,
    unit: 'people',
    asOf: '2022-12-31',
    status: 'official',
    source: {
      title: 'Global Times (mirror): 2022 year-end population',
      url: 'https://freewechat.com/a/MTQzMTE0MjcyMQ==/2667361248/2',
    },
    note: '"2022年末全国人口…141175万人,比上年末减少85万人". The first fall in six decades.',
  },
  {
    id: 'china-population-2023',
    label: 'China (mainland), end 2023',
    value: 1_409_670_000,
    unit: 'people',
    asOf: '2023-12-31',
    status: 'official',
    source: { title: 'NBS 2023 release (repost)', url: 'https://maigoo.com/news/694709.html' },
    alsoSee: [{ title: 'Now News', url: 'https://news.now.com/mobile/finance/player?newsId=546645' }],
    note: '"2023年末全国人口…140967万人,比2022年末减少208万人".',
  },
  {
    id: 'china-population-2024',
    label: 'China (mainland), end 2024',
    value: 1_408_280_000,
    unit: 'people',
    asOf: '2024-12-31',
    status: 'official',
    source: { title: 'NBS 2024 release (repost)', url: 'https://monvtuan.com/new/664889676003287040' },
    note: '"2024年末全国人口…140828万人,比上年末减少139万人". The World Bank\'s mid-year series gives 1,408.975 million.',
  },
];
