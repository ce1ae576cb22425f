import type { DesignationRound } from './designation';

/**
 * US sanctions actions naming officials or bodies of the People's Republic of China (including Hong Kong), in date
 * order: who was named, and whether each is a person or an entity. This is what the estimate and the share-link codes
 * need, so it is all that ships with the page; where each round is sourced, the roles as reported, and the notes on
 * sources that disagree or are silent are in `designationSources.ts`, loaded with the editor and the method panel.
 */
export const DESIGNATION_ROUNDS: readonly DesignationRound[] = [
  {
    id: 'glomag-2017-12-21-gao-yan',
    date: '2017-12-21',
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Gao Yan (death in custody of Cao Shunli)',
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
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang: Chen Quanguo, three officials and the Xinjiang Public Security Bureau',
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
    id: 'glomag-2020-07-31-xpcc',
    date: '2020-07-31',
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang Production and Construction Corps, Sun Jinlong, Peng Jiarui',
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
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: Carrie Lam and ten Hong Kong and mainland officials',
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
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: four national-security officials',
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
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'The 14 Vice-Chairpersons of the NPC Standing Committee',
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
    id: 'eo13936-2021-01-15-hong-kong',
    date: '2021-01-15',
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: six officials after the January 2021 mass arrests',
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
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang: Wang Junzheng and Chen Mingguo',
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
    id: 'hk-2021-07-16-liaison-office',
    date: '2021-07-16',
    programme: 'Hong Kong-related sanctions (authority not stated in the sources read)',
    title: 'Hong Kong: seven Deputy Directors of the Liaison Office',
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
    id: 'glomag-2022-12-09-tibet',
    date: '2022-12-09',
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Tibet: Wu Yingjie and Zhang Hongbo',
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
    id: 'eo13936-2025-03-31-hong-kong',
    date: '2025-03-31',
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: six officials over transnational repression',
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
