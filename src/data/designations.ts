import type { DesignationRound } from './designation';

/** Role of the seven Liaison Office officials designated on 2021-07-16, as reported (see that round's note). */
const LIAISON_DEPUTY_DIRECTOR = "Deputy Director, Liaison Office of the Central People's Government in the HKSAR";

/**
 * US sanctions actions naming officials or bodies of the People's Republic of China (including Hong Kong), in date
 * order. Names and roles are as given by the cited text; where a source disagrees or is silent, `note` says so.
 * Several official releases were only reachable through mirrors or quoting articles; those are flagged in `title`.
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
        role: 'Former director of the Beijing Public Security Bureau Chaoyang Branch',
      },
    ],
    source: {
      title: 'Initiatives for China: statement on the first Global Magnitsky sanctions',
      url: 'http://initiativesforchina.org/?p=2790',
    },
    alsoSee: [
      {
        title: 'VOA: Beijing slams US for sanctioning Chinese official for abuses',
        url: 'https://www.voanews.com/a/china-reacts-to-us-sanctions/4174959.html',
      },
      {
        title: 'Tibetan Review, 2017-12-25: China decries US sanctions on former Beijing top cop',
        url: 'https://www.tibetanreview.net/china-decries-us-sanctions-on-former-beijing-top-cop-but-omission-of-bigger-names-disappoints-rights-groups/',
      },
      { title: 'RFA via ADHRRF: Gao Yan sanctioned', url: 'https://en.adhrrf.org/gao-yan-sanctioned-23122017.html' },
    ],
    note:
      'Asset block (U.S. property frozen, dealings with U.S. banks barred) in the first E.O. 13818 round, which ' +
      'named 52 people and entities worldwide. Gao headed the Chaoyang police branch from January 2014 to October ' +
      '2016 (RFA) and was reported to be president of the Beijing Police College when listed (VOA). The Treasury ' +
      'release itself was not read; the role is from the secondary sources above.',
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
        role: 'Communist Party Secretary of the Xinjiang Uyghur Autonomous Region (XUAR)',
      },
      { name: 'Zhu Hailun', kind: 'person', role: 'Former Deputy Party Secretary of the XUAR' },
      {
        name: 'Wang Mingshan',
        kind: 'person',
        role: 'Director and Communist Party Secretary of the Xinjiang Public Security Bureau (XPSB)',
      },
      { name: 'Huo Liujun', kind: 'person', role: 'Former Party Secretary of the XPSB' },
      { name: 'Xinjiang Public Security Bureau', kind: 'entity', role: 'Chinese government entity' },
    ],
    source: {
      title: 'Treasury press release sm1055 (mirror at kiar.center)',
      url: 'https://kiar.center/treasury-sanctions-chinese-entity-and-officials-pursuant-to-global-magnitsky-human-rights-accountability-act/',
    },
    alsoSee: [
      {
        title: 'Treasury press release sm1055 (mirror at weiming.info)',
        url: 'https://weiming.info/zhuti/Military/57556319',
      },
      {
        title: 'Sinocism: US sanctions over Xinjiang',
        url: 'https://www.sinocism.com/p/us-sanctions-over-xinjiang-wang-yi',
      },
      {
        title:
          'list23: US sanctions four citizens and one organization of the PRC (State Department visa restrictions)',
        url: 'https://list23.com/2742-the-us-imposed-sanctions-against-four-citizens-and-one-organization-of-the-rpc-under-the-magnitsky-act/',
      },
    ],
    note:
      'Treasury "sanctioned one Chinese government entity and four current or former government officials": asset ' +
      'block. The State Department separately imposed visa restrictions on Chen Quanguo, Zhu Hailun and Wang ' +
      'Mingshan (reported by list23; Sinocism: "visa restrictions on Chen and others"). Chen was also a Politburo ' +
      'member (Sinocism), which the release text read does not state.',
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
        role: 'Paramilitary organization in the XUAR, subordinate to the Chinese Communist Party',
      },
      { name: 'Sun Jinlong', kind: 'person', role: 'Former Political Commissar of the XPCC' },
      { name: 'Peng Jiarui', kind: 'person', role: 'Deputy Party Secretary and Commander of the XPCC' },
    ],
    source: {
      title:
        'Thompson Hine SmarTrade: OFAC sanctions Chinese government agency and officials (summarises the OFAC release)',
      url: 'https://www.thompsonhinesmartrade.com/2020/08/ofac-sanctions-chinese-government-agency-and-officials-for-human-rights-abuses/',
    },
    alsoSee: [
      {
        title: 'US Embassy in China: Pompeo statement "On Sanctioning Human Rights Abusers in Xinjiang, China"',
        url: 'https://china.usembassy-china.org.cn/on-sanctioning-human-rights-abusers-in-xinjiang-china/',
      },
      {
        title: 'RFE/RL via modirezard.ir: U.S. slaps sanctions on Chinese entity, individuals',
        url: 'https://modirezard.ir/u-s-slaps-sanctions-on-chinese-entity-individuals-over-rights-abuses-in-xinjiang/',
      },
    ],
    note:
      'Asset block on the XPCC and two officials, with a general licence for wind-down of dealings with XPCC-owned ' +
      'entities until 2020-09-30. The State Department statement adds that the action restricts Sun and Peng from ' +
      'travelling to the US, and calls Sun "former Party Secretary of the XPCC" where the OFAC summary says ' +
      '"former Political Commissar".',
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
        role: 'Chief Executive, Hong Kong Special Administrative Region (HKSAR)',
      },
      { name: 'Chris Tang', kind: 'person', role: 'Commissioner of the Hong Kong Police Force (HKPF)' },
      { name: 'Stephen Lo', kind: 'person', role: 'Former Commissioner of the HKPF' },
      { name: 'John Lee Ka-chiu', kind: 'person', role: 'HKSAR Secretary for Security' },
      { name: 'Teresa Cheng', kind: 'person', role: 'HKSAR Secretary for Justice' },
      { name: 'Erick Tsang', kind: 'person', role: 'HKSAR Secretary for Constitutional and Mainland Affairs' },
      {
        name: 'Xia Baolong',
        kind: 'person',
        role: 'Director of the Hong Kong and Macao Affairs Office of the State Council',
      },
      {
        name: 'Zhang Xiaoming',
        kind: 'person',
        role: 'Deputy Director of the Hong Kong and Macao Affairs Office of the State Council',
      },
      { name: 'Luo Huining', kind: 'person', role: 'Director of the Hong Kong Liaison Office' },
      {
        name: 'Zheng Yanxiong',
        kind: 'person',
        role: 'Director, Office for Safeguarding National Security in Hong Kong',
      },
      {
        name: 'Eric Chan',
        kind: 'person',
        role: 'Secretary General, Committee for Safeguarding National Security of the HKSAR',
      },
    ],
    source: {
      title: 'Treasury press release, 2020-08-07 (Wikisource copy)',
      url: 'https://en.wikisource.org./wiki/Treasury_Sanctions_Individuals_for_Undermining_Hong_Kong%27s_Autonomy',
    },
    alsoSee: [
      {
        title: 'Thompson Hine SmarTrade: U.S. sanctions Hong Kong officials (lists the Treasury roles)',
        url: 'https://www.thompsonhinesmartrade.com/2020/08/u-s-sanctions-hong-kong-officials-for-undermining-hong-kongs-autonomy-china-quickly-retaliates/',
      },
      {
        title: 'UrduPoint / Sputnik: US sanctions 11 people including Lam',
        url: 'https://www.urdupoint.com/en/world/us-sanctions-11-people-including-lam-for-und-995557.html',
      },
    ],
    note:
      'Treasury asset block on 11 individuals under E.O. 13936. Names are as listed in the release; the roles are ' +
      "from Thompson Hine's list of the Treasury designations (the part of the Wikisource copy read gives names " +
      'only).',
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
        role: 'Deputy Director of the Hong Kong and Macau Affairs Office (HKMAO)',
      },
      {
        name: 'Edwina Lau',
        kind: 'person',
        role: 'Head of the National Security Division of the Hong Kong Police Force',
      },
      {
        name: 'Li Jiangzhou',
        kind: 'person',
        role: 'Deputy Director of the Office for Safeguarding National Security',
      },
      {
        name: 'Steve Li Kwai-wah',
        kind: 'person',
        role: 'Senior Superintendent (National Security Division, Hong Kong Police Force)',
      },
    ],
    source: {
      title: 'Republic World: US sanctions 4 Chinese nationals (quotes the OFAC SDN update and Pompeo statement)',
      url: 'https://www.republicworld.com/world-news/rest-of-the-world-news/us-sanctions-4-chinese-nationals-for-undermining-hong-kongs-autonomy.html',
    },
    alsoSee: [
      {
        title: 'Tibet Express: US sanctions four more officials (quotes the State Department statement)',
        url: 'http://tibetexpress.net/us-sanctions-four-more-officials-for-eviscerating-freedoms-of-hongkongers-undermining-hong-kongs-autonomy/',
      },
      {
        title: 'Reuters via National Post: U.S. imposes sanctions on four Chinese officials',
        url: 'https://nationalpost.com/pmn/news-pmn/u-s-imposes-sanctions-on-four-chinese-officials-over-hong-kong-crackdown-3',
      },
    ],
    note:
      'Designated by the State Department under E.O. 13936; assets blocked and entry to the US barred. Reuters ' +
      'calls Edwina Lau "deputy commissioner of police". Pompeo\'s statement reads "Edwina Lau is the head of the ' +
      'National Security Division of the Hong Kong Police Force and Steve Li Kwai-Wah is the Senior ' +
      'Superintendent"; Reuters places Li Jiangzhou and Li Kwai-wah at "the newly established national security ' +
      'office in Hong Kong".',
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
        role: "Vice-Chairperson, National People's Congress Standing Committee (NPCSC)",
      },
      { name: 'Cao Jianming', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Zhang Chunxian', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Shen Yueyue', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Ji Bingxuan', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Arken Imirbaki', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Wan Exiang', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Chen Zhu', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Wang Dongming', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Padma Choling', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Ding Zhongli', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Hao Mingjin', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Cai Dafeng', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
      { name: 'Wu Weihua', kind: 'person', role: 'Vice-Chairperson, NPCSC' },
    ],
    source: {
      title: 'State Department press statement, 2020-12-07 (reproduced in full by followcn.com)',
      url: 'https://www.followcn.com/us-sanctions-14-ccp-congress-officials-undermining-automony-of-hong-kong/',
    },
    alsoSee: [
      {
        title: 'ANI via Indian Economic Observer: US sanctions 14 Chinese officials',
        url: 'https://indianeconomicobserver.com/news/us-sanctions-14-chinese-officials-for-undermining-hong-kong-autonomy20201207231425',
      },
      {
        title: 'Epoch Times (Chinese) via tricksfast: the 14 NPCSC vice-chairs sanctioned',
        url: 'https://tricksfast.com/taiwan/?p=314901',
      },
      { title: 'todaychina.cc: 14 NPC vice chairmen listed', url: 'https://todaychina.cc/5617.html' },
    ],
    note:
      'State Department designation under section 4(a)(iii)(A) of E.O. 13936 for developing, adopting or ' +
      'implementing the Hong Kong National Security Law: assets blocked, and the 14 and their immediate family ' +
      'members barred from travel to the US. The statement text as reproduced (followcn, ANI) spells one name ' +
      '"Chen Du"; the Epoch Times and todaychina lists give Chen Zhu, the NPCSC vice-chair, used here. Wang Chen ' +
      'was also a Politburo member (todaychina), not stated in the designation.',
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
        role: 'Vice Chairman of the Central Leading Group on Hong Kong and Macau Affairs',
      },
      {
        name: 'Sun Wenqing',
        kind: 'person',
        role: 'Deputy Director of the Office for Safeguarding National Security in the HKSAR',
      },
      {
        name: 'Tam Yiu-Chung',
        kind: 'person',
        role: "Hong Kong delegate to the National People's Congress Standing Committee",
      },
      {
        name: 'Frederic Choi Chin-Pang',
        kind: 'person',
        role: 'Official in the National Security Division of the Hong Kong Police',
      },
      {
        name: 'Kelvin Kong Hok Lai',
        kind: 'person',
        role: 'Official in the National Security Division of the Hong Kong Police',
      },
      {
        name: 'Andrew Kan Kai Yan',
        kind: 'person',
        role: 'Official in the National Security Division of the Hong Kong Police',
      },
    ],
    source: {
      title: 'Devdiscourse / ANI: US sanctions 6 officials (quotes the State Department statement)',
      url: 'https://www.devdiscourse.com/article/international/1409167-us-sanctions-6-officials-for-their-role-in-hong-kong-mass-arrests-under-new-security-law',
    },
    alsoSee: [
      {
        title: 'Sputnik via Pakistan Point: US imposes Hong Kong-related sanctions (OFAC notice)',
        url: 'https://www.pakistanpoint.com/en/story/1142638/us-imposes-hong-kong-related-sanctions-on-3-chinese-3.html',
      },
      {
        title: 'Daily Times 247: US sanctions six Hong Kong officials',
        url: 'https://dailytimes247.com/us-sanctions-six-hong-kong-officials-over-their-alleged-role-in-security-law-arrests',
      },
      {
        title: 'todaychina.cc: sanctions against six Hong Kong and Chinese officials',
        url: 'https://todaychina.cc/?p=12489',
      },
    ],
    note:
      'State Department designation; OFAC added the six to the SDN list (asset block). Sun Wenqing is also known ' +
      "as Sun Qingye. Other reports give the police officers' ranks: Choi as director of the National Security " +
      'Division, Kong and Kan as assistant commissioners (Daily Times 247). todaychina.cc reports the action as ' +
      'taken under E.O. 13936 (whose criteria the State Department text quotes) and adds that immediate family ' +
      'members are barred from entering the US.',
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
        role: 'Secretary of the Party Committee of the Xinjiang Production and Construction Corps (XPCC)',
      },
      { name: 'Chen Mingguo', kind: 'person', role: 'Director of the Xinjiang Public Security Bureau (XPSB)' },
    ],
    source: {
      title: 'Willkie Compliance Concourse: OFAC designates two Chinese government officials',
      url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2021-03-march-20210324-ofac-designates-two-chinese-govern/',
    },
    alsoSee: [
      {
        title: 'Wiley: United States, allies sanction Chinese officials for human rights abuses',
        url: 'https://www.wiley.law/alert-United-States-Allies-Sanction-Chinese-Officials-for-Human-Rights-Abuses',
      },
      {
        title: 'The Hill: US announces sanctions for Chinese officials over human rights abuses',
        url: 'https://thehill.com/policy/international/china/544327-us-treasury-announces-sanctions-chinese-officials-uyghur-human-rights-abuses',
      },
    ],
    note:
      'Asset block, coordinated with sanctions by the EU, the UK and Canada. Wang was designated for acting for ' +
      'the XPCC and Chen as a leader of the XPSB, both already designated in July 2020.',
  },
  {
    id: 'hk-2021-07-16-liaison-office',
    date: '2021-07-16',
    programme: 'Hong Kong-related sanctions (authority not stated in the sources read)',
    title: 'Hong Kong: seven Deputy Directors of the Liaison Office',
    designees: [
      { name: 'Chen Dong', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
      { name: 'He Jing', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
      { name: 'Lu Xinning', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
      { name: 'Qiu Hong', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
      { name: 'Tan Tieniu', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
      { name: 'Yang Jianping', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
      { name: 'Yin Zonghua', kind: 'person', role: LIAISON_DEPUTY_DIRECTOR },
    ],
    source: {
      title: 'Reuters via explica.co: US sanctions seven Chinese officials over Hong Kong crackdown',
      url: 'https://www.explica.co/us-sanctions-seven-chinese-officials-over-hong-kong-crackdown.html',
    },
    alsoSee: [
      {
        title: 'explica.co: 7 Chinese officials sanctioned (State Department announcement)',
        url: 'https://www.explica.co/7-chinese-officials-sanctioned-by-the-us-within-1-year-of-the-national-security-law.html',
      },
      {
        title: 'Chinascope: China hits back after U.S. sanctions Hong Kong officials',
        url: 'http://chinascope.org/archives/27074',
      },
    ],
    note:
      'OFAC added the seven to the SDN list (asset block), alongside a State/Treasury/Commerce/DHS Hong Kong ' +
      'business advisory. Reuters spells one name "Tan Tienui"; the State Department list as reported by ' +
      'explica.co gives Tan Tieniu. Their roles come from Reuters ("all deputy directors of the liaison office, ' +
      'according to their online biographies"), not from the designation. The legal authority (probably E.O. ' +
      '13936) was not confirmed.',
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
        role: 'Former Party Secretary of the Tibet Autonomous Region (TAR), 2016-2021',
      },
      {
        name: 'Zhang Hongbo',
        kind: 'person',
        role: 'Director of the Tibetan Public Security Bureau (since 2018, through at least November 2022)',
      },
    ],
    source: {
      title: 'Asia Freedom Institute: Treasury sanctions two Chinese officials for serious human rights abuse in Tibet',
      url: 'https://asiafreedominstitute.org/news/u-s-department-of-the-treasurys-office-sanctions-two-chinese-officials-for-serious-human-rights-abuse-in-tibet/',
    },
    alsoSee: [
      {
        title: 'LatestLY / IANS: US announces sanctions on 2 Chinese officials over Tibet',
        url: 'https://www.latestly.com/agency-news/world-news-us-announce-sanctions-on-2-chinese-officials-involved-in-serious-human-rights-abuse-in-tibet-4569575.html',
      },
      {
        title: 'International Campaign for Tibet: US sanctions on Chinese officials raise pressure on Beijing',
        url: 'https://savetibet.org/us-sanctions-on-chinese-officials-raise-pressure-on-beijing/',
      },
    ],
    note:
      'Asset block, part of an OFAC action naming over 40 people and entities in nine countries for ' +
      'Anti-Corruption Day and Human Rights Day. The International Campaign for Tibet adds that Zhang and his ' +
      'family are barred from entering the US.',
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
        role: 'Secretary-General, Committee for Safeguarding National Security of the HKSAR',
      },
      {
        name: 'Dong Jingwei',
        kind: 'person',
        role: 'Director, Office for Safeguarding National Security in the HKSAR',
      },
      {
        name: 'Dick Chung Chun Wong',
        kind: 'person',
        role: 'Assistant Commissioner of Police (National Security), Hong Kong Police Force',
      },
      {
        name: 'Margaret Wing Lan Chiu',
        kind: 'person',
        role: 'Assistant Commissioner of Police (National Security), Hong Kong Police Force',
      },
      { name: 'Raymond Chak Yee Siu', kind: 'person', role: 'Commissioner of Police, Hong Kong Police Force' },
      { name: 'Paul Ting Kwok Lam', kind: 'person', role: 'Secretary for Justice, HKSAR' },
    ],
    source: {
      title: 'TRT World, 2025-03-31: US sanctions six Chinese and Hong Kong officials',
      url: 'https://www.trtworld.com/article/61723396aba5',
    },
    alsoSee: [
      {
        title: "Foreign Policy Watchdog: U.S. sanctions six individuals for undermining Hong Kong's autonomy",
        url: 'https://foreignpolicywatchdog.com/united-states/u-s-sanctions-six-individuals-for-undermining-hong-kongs-autonomy',
      },
      {
        title: 'Committee for Freedom in Hong Kong Foundation, 2025-03-31 (names with Chinese characters)',
        url: 'https://thecfhk.org/u-s-imposes-sanctions-on-chinese-and-hong-kong-officials-for-undermining-hong-kongs-autonomy',
      },
      {
        title: 'gwurld: US sanctions Chinese officials (role list)',
        url: 'https://gwurld.com/2025/04/01/us-sanctions-chinese-officials-for-human-rights-abuses',
      },
    ],
    note:
      'State Department designation under section 4(a)(iii)(A) of E.O. 13936 (Foreign Policy Watchdog) for NSL ' +
      'enforcement and transnational repression against 19 activists abroad: asset block. Names as written by the ' +
      'State Department (quoted by TRT); roles from Foreign Policy Watchdog and gwurld (the TRT text gives roles ' +
      'for Au and Siu only). Dick Wong previously headed the HKPF College (Foreign Policy Watchdog).',
  },
];
