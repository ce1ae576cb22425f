import type { DesignationRound } from './designation';

/**
 * US sanctions actions naming officials or bodies of the People's Republic of China (including Hong Kong), in date
 * order: who was named, and whether each is a person or an entity. This is what the estimate and the share-link codes
 * need, so it is all that ships with the page; where each round is sourced, the roles as reported, and the notes on
 * sources that disagree or are silent are in `designationSources.ts`, loaded with the editor and the method panel.
 *
 * The rounds are as announced. Whether each person is still listed (delistings, deaths) was not checked against
 * OFAC's current list: the list is as of `DESIGNATIONS_AS_OF`.
 */
export const DESIGNATION_ROUNDS: readonly DesignationRound[] = [
  {
    id: 'glomag-2017-12-21-gao-yan',
    date: '2017-12-21',
    familyCovered: 'none',
    designees: [
      {
        name: 'Gao Yan',
        kind: 'person',
      },
    ],
  },
  {
    id: 'glomag-2020-07-09-xinjiang',
    date: '2020-07-09',
    familyCovered: 'none',
    designees: [
      {
        name: 'Chen Quanguo',
        kind: 'person',
      },
      {
        name: 'Zhu Hailun',
        kind: 'person',
      },
      {
        name: 'Wang Mingshan',
        kind: 'person',
      },
      {
        name: 'Huo Liujun',
        kind: 'person',
      },
      {
        name: 'Xinjiang Public Security Bureau',
        kind: 'entity',
      },
    ],
  },
  {
    id: '7031c-2020-07-09-xinjiang',
    date: '2020-07-09',
    familyCovered: 'immediate-family',
    designees: [
      {
        name: 'Chen Quanguo',
        kind: 'person',
      },
      {
        name: 'Zhu Hailun',
        kind: 'person',
      },
      {
        name: 'Wang Mingshan',
        kind: 'person',
      },
    ],
  },
  {
    id: 'glomag-2020-07-31-xpcc',
    date: '2020-07-31',
    familyCovered: 'none',
    designees: [
      {
        name: 'Xinjiang Production and Construction Corps',
        kind: 'entity',
      },
      {
        name: 'Sun Jinlong',
        kind: 'person',
      },
      {
        name: 'Peng Jiarui',
        kind: 'person',
      },
    ],
  },
  {
    id: 'eo13936-2020-08-07-hong-kong',
    date: '2020-08-07',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'Carrie Lam',
        kind: 'person',
      },
      {
        name: 'Chris Tang',
        kind: 'person',
      },
      {
        name: 'Stephen Lo',
        kind: 'person',
      },
      {
        name: 'John Lee Ka-chiu',
        kind: 'person',
      },
      {
        name: 'Teresa Cheng',
        kind: 'person',
      },
      {
        name: 'Erick Tsang',
        kind: 'person',
      },
      {
        name: 'Xia Baolong',
        kind: 'person',
      },
      {
        name: 'Zhang Xiaoming',
        kind: 'person',
      },
      {
        name: 'Luo Huining',
        kind: 'person',
      },
      {
        name: 'Zheng Yanxiong',
        kind: 'person',
      },
      {
        name: 'Eric Chan',
        kind: 'person',
      },
    ],
  },
  {
    id: 'eo13936-2020-11-09-hong-kong',
    date: '2020-11-09',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'Deng Zhonghua',
        kind: 'person',
      },
      {
        name: 'Edwina Lau',
        kind: 'person',
      },
      {
        name: 'Li Jiangzhou',
        kind: 'person',
      },
      {
        name: 'Steve Li Kwai-wah',
        kind: 'person',
      },
    ],
  },
  {
    id: 'eo13936-2020-12-07-npcsc',
    date: '2020-12-07',
    familyCovered: 'immediate-family',
    designees: [
      {
        name: 'Wang Chen',
        kind: 'person',
      },
      {
        name: 'Cao Jianming',
        kind: 'person',
      },
      {
        name: 'Zhang Chunxian',
        kind: 'person',
      },
      {
        name: 'Shen Yueyue',
        kind: 'person',
      },
      {
        name: 'Ji Bingxuan',
        kind: 'person',
      },
      {
        name: 'Arken Imirbaki',
        kind: 'person',
      },
      {
        name: 'Wan Exiang',
        kind: 'person',
      },
      {
        name: 'Chen Zhu',
        kind: 'person',
      },
      {
        name: 'Wang Dongming',
        kind: 'person',
      },
      {
        name: 'Padma Choling',
        kind: 'person',
      },
      {
        name: 'Ding Zhongli',
        kind: 'person',
      },
      {
        name: 'Hao Mingjin',
        kind: 'person',
      },
      {
        name: 'Cai Dafeng',
        kind: 'person',
      },
      {
        name: 'Wu Weihua',
        kind: 'person',
      },
    ],
  },
  {
    id: '7031c-2020-12-10-huang-yuanxiong',
    date: '2020-12-10',
    familyCovered: 'spouse',
    designees: [
      {
        name: 'Huang Yuanxiong',
        kind: 'person',
      },
    ],
  },
  {
    id: 'eo13936-2021-01-15-hong-kong',
    date: '2021-01-15',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'You Quan',
        kind: 'person',
      },
      {
        name: 'Sun Wenqing',
        kind: 'person',
      },
      {
        name: 'Tam Yiu-Chung',
        kind: 'person',
      },
      {
        name: 'Frederic Choi Chin-Pang',
        kind: 'person',
      },
      {
        name: 'Kelvin Kong Hok Lai',
        kind: 'person',
      },
      {
        name: 'Andrew Kan Kai Yan',
        kind: 'person',
      },
    ],
  },
  {
    id: 'glomag-2021-03-22-xinjiang',
    date: '2021-03-22',
    familyCovered: 'none',
    designees: [
      {
        name: 'Wang Junzheng',
        kind: 'person',
      },
      {
        name: 'Chen Mingguo',
        kind: 'person',
      },
    ],
  },
  {
    id: '7031c-2021-05-12-yu-hui',
    date: '2021-05-12',
    familyCovered: 'immediate-family',
    designees: [
      {
        name: 'Yu Hui',
        kind: 'person',
      },
    ],
  },
  {
    id: 'hk-2021-07-16-liaison-office',
    date: '2021-07-16',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'Chen Dong',
        kind: 'person',
      },
      {
        name: 'He Jing',
        kind: 'person',
      },
      {
        name: 'Lu Xinning',
        kind: 'person',
      },
      {
        name: 'Qiu Hong',
        kind: 'person',
      },
      {
        name: 'Tan Tieniu',
        kind: 'person',
      },
      {
        name: 'Yang Jianping',
        kind: 'person',
      },
      {
        name: 'Yin Zonghua',
        kind: 'person',
      },
    ],
  },
  {
    id: 'glomag-2021-12-10-xinjiang',
    date: '2021-12-10',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'Shohrat Zakir',
        kind: 'person',
      },
      {
        name: 'Erken Tuniyaz',
        kind: 'person',
      },
    ],
  },
  {
    id: 'glomag-2022-12-09-tibet',
    date: '2022-12-09',
    familyCovered: 'none',
    designees: [
      {
        name: 'Wu Yingjie',
        kind: 'person',
      },
      {
        name: 'Zhang Hongbo',
        kind: 'person',
      },
    ],
  },
  {
    id: 'uhrpa-2023-12-08-gao-qi',
    date: '2023-12-08',
    familyCovered: 'immediate-family',
    designees: [
      {
        name: 'Gao Qi',
        kind: 'person',
      },
    ],
  },
  {
    id: 'glomag-2023-12-08-hu-lianhe',
    date: '2023-12-08',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'Hu Lianhe',
        kind: 'person',
      },
    ],
  },
  {
    id: 'eo13936-2025-03-31-hong-kong',
    date: '2025-03-31',
    familyCovered: 'not-stated',
    designees: [
      {
        name: 'Sonny Chi Kwong Au',
        kind: 'person',
      },
      {
        name: 'Dong Jingwei',
        kind: 'person',
      },
      {
        name: 'Dick Chung Chun Wong',
        kind: 'person',
      },
      {
        name: 'Margaret Wing Lan Chiu',
        kind: 'person',
      },
      {
        name: 'Raymond Chak Yee Siu',
        kind: 'person',
      },
      {
        name: 'Paul Ting Kwok Lam',
        kind: 'person',
      },
    ],
  },
];

/** The date the rounds above were last compiled, `YYYY-MM-DD`. */
export const DESIGNATIONS_AS_OF = '2026-11-26';
