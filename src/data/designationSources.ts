import type { DesignationSourcing } from './designation';

/**
 * Where each designation round in `designations.ts` is sourced, by round id: the cited text, further reading, a note
 * on what the sources say (several official releases were only reachable through mirrors or quoting articles; those
 * are flagged in the source's title) and each designee's position as described there.
 */
export const DESIGNATION_SOURCES: Readonly<Record<string, DesignationSourcing>> = {
  'glomag-2017-12-21-gao-yan': {
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Gao Yan (death in custody of Cao Shunli)',
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
      {
        title: 'RFA via ADHRRF: Gao Yan sanctioned',
        url: 'https://en.adhrrf.org/gao-yan-sanctioned-23122017.html',
      },
    ],
    note: 'Asset block (U.S. property frozen, dealings with U.S. banks barred) in the first E.O. 13818 round, which named 52 people and entities worldwide. Gao headed the Chaoyang police branch from January 2014 to October 2016 (RFA) and was reported to be president of the Beijing Police College when listed (VOA). The Treasury release itself was not read; the role is from the secondary sources above.',
    roles: {
      'Gao Yan': 'Former director of the Beijing Public Security Bureau Chaoyang Branch',
    },
  },
  'glomag-2020-07-09-xinjiang': {
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang: Chen Quanguo, three officials and the Xinjiang Public Security Bureau',
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
    note: 'Treasury "sanctioned one Chinese government entity and four current or former government officials": asset block, which covers the people named and not their families. The same day the State Department barred Chen Quanguo, Zhu Hailun and Wang Mingshan and their immediate family members from entry: that is a separate round (Section 7031(c)). Chen was also a Politburo member (Sinocism), which the release text read does not state.',
    roles: {
      'Chen Quanguo': 'Communist Party Secretary of the Xinjiang Uyghur Autonomous Region (XUAR)',
      'Zhu Hailun': 'Former Deputy Party Secretary of the XUAR',
      'Wang Mingshan': 'Director and Communist Party Secretary of the Xinjiang Public Security Bureau (XPSB)',
      'Huo Liujun': 'Former Party Secretary of the XPSB',
      'Xinjiang Public Security Bureau': 'Chinese government entity',
    },
  },
  'glomag-2020-07-31-xpcc': {
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang Production and Construction Corps, Sun Jinlong, Peng Jiarui',
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
    note: 'Asset block on the XPCC and two officials, with a general licence for wind-down of dealings with XPCC-owned entities until 2020-09-30. The State Department statement adds that the action restricts Sun and Peng from travelling to the US, and calls Sun "former Party Secretary of the XPCC" where the OFAC summary says "former Political Commissar".',
    roles: {
      'Xinjiang Production and Construction Corps':
        'Paramilitary organization in the XUAR, subordinate to the Chinese Communist Party',
      'Sun Jinlong': 'Former Political Commissar of the XPCC',
      'Peng Jiarui': 'Deputy Party Secretary and Commander of the XPCC',
    },
  },
  'eo13936-2020-08-07-hong-kong': {
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: Carrie Lam and ten Hong Kong and mainland officials',
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
    note: "Treasury asset block on 11 individuals under E.O. 13936. Names are as listed in the release; the roles are from Thompson Hine's list of the Treasury designations (the part of the Wikisource copy read gives names only).",
    roles: {
      'Carrie Lam': 'Chief Executive, Hong Kong Special Administrative Region (HKSAR)',
      'Chris Tang': 'Commissioner of the Hong Kong Police Force (HKPF)',
      'Stephen Lo': 'Former Commissioner of the HKPF',
      'John Lee Ka-chiu': 'HKSAR Secretary for Security',
      'Teresa Cheng': 'HKSAR Secretary for Justice',
      'Erick Tsang': 'HKSAR Secretary for Constitutional and Mainland Affairs',
      'Xia Baolong': 'Director of the Hong Kong and Macao Affairs Office of the State Council',
      'Zhang Xiaoming': 'Deputy Director of the Hong Kong and Macao Affairs Office of the State Council',
      'Luo Huining': 'Director of the Hong Kong Liaison Office',
      'Zheng Yanxiong': 'Director, Office for Safeguarding National Security in Hong Kong',
      'Eric Chan': 'Secretary General, Committee for Safeguarding National Security of the HKSAR',
    },
  },
  'eo13936-2020-11-09-hong-kong': {
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: four national-security officials',
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
    note: 'Designated by the State Department under E.O. 13936; assets blocked and entry to the US barred. Reuters calls Edwina Lau "deputy commissioner of police". Pompeo\'s statement reads "Edwina Lau is the head of the National Security Division of the Hong Kong Police Force and Steve Li Kwai-Wah is the Senior Superintendent"; Reuters places Li Jiangzhou and Li Kwai-wah at "the newly established national security office in Hong Kong".',
    roles: {
      'Deng Zhonghua': 'Deputy Director of the Hong Kong and Macau Affairs Office (HKMAO)',
      'Edwina Lau': 'Head of the National Security Division of the Hong Kong Police Force',
      'Li Jiangzhou': 'Deputy Director of the Office for Safeguarding National Security',
      'Steve Li Kwai-wah': 'Senior Superintendent (National Security Division, Hong Kong Police Force)',
    },
  },
  'eo13936-2020-12-07-npcsc': {
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'The 14 Vice-Chairpersons of the NPC Standing Committee',
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
      {
        title: 'todaychina.cc: 14 NPC vice chairmen listed',
        url: 'https://todaychina.cc/5617.html',
      },
    ],
    note: 'State Department designation under section 4(a)(iii)(A) of E.O. 13936 for developing, adopting or implementing the Hong Kong National Security Law: assets blocked, and the 14 and their immediate family members barred from travel to the US. The statement text as reproduced (followcn, ANI) spells one name "Chen Du"; the Epoch Times and todaychina lists give Chen Zhu, the NPCSC vice-chair, used here. Wang Chen was also a Politburo member (todaychina), not stated in the designation.',
    roles: {
      'Wang Chen': "Vice-Chairperson, National People's Congress Standing Committee (NPCSC)",
      'Cao Jianming': 'Vice-Chairperson, NPCSC',
      'Zhang Chunxian': 'Vice-Chairperson, NPCSC',
      'Shen Yueyue': 'Vice-Chairperson, NPCSC',
      'Ji Bingxuan': 'Vice-Chairperson, NPCSC',
      'Arken Imirbaki': 'Vice-Chairperson, NPCSC',
      'Wan Exiang': 'Vice-Chairperson, NPCSC',
      'Chen Zhu': 'Vice-Chairperson, NPCSC',
      'Wang Dongming': 'Vice-Chairperson, NPCSC',
      'Padma Choling': 'Vice-Chairperson, NPCSC',
      'Ding Zhongli': 'Vice-Chairperson, NPCSC',
      'Hao Mingjin': 'Vice-Chairperson, NPCSC',
      'Cai Dafeng': 'Vice-Chairperson, NPCSC',
      'Wu Weihua': 'Vice-Chairperson, NPCSC',
    },
  },
  'eo13936-2021-01-15-hong-kong': {
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: six officials after the January 2021 mass arrests',
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
    note: "State Department designation; OFAC added the six to the SDN list (asset block). Sun Wenqing is also known as Sun Qingye. Other reports give the police officers' ranks: Choi as director of the National Security Division, Kong and Kan as assistant commissioners (Daily Times 247). todaychina.cc reports the action as taken under E.O. 13936 (whose criteria the State Department text quotes) and adds that immediate family members are barred from entering the US.",
    roles: {
      'You Quan': 'Vice Chairman of the Central Leading Group on Hong Kong and Macau Affairs',
      'Sun Wenqing': 'Deputy Director of the Office for Safeguarding National Security in the HKSAR',
      'Tam Yiu-Chung': "Hong Kong delegate to the National People's Congress Standing Committee",
      'Frederic Choi Chin-Pang': 'Official in the National Security Division of the Hong Kong Police',
      'Kelvin Kong Hok Lai': 'Official in the National Security Division of the Hong Kong Police',
      'Andrew Kan Kai Yan': 'Official in the National Security Division of the Hong Kong Police',
    },
  },
  'glomag-2021-03-22-xinjiang': {
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang: Wang Junzheng and Chen Mingguo',
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
    note: 'Asset block, coordinated with sanctions by the EU, the UK and Canada. Wang was designated for acting for the XPCC and Chen as a leader of the XPSB, both already designated in July 2020.',
    roles: {
      'Wang Junzheng': 'Secretary of the Party Committee of the Xinjiang Production and Construction Corps (XPCC)',
      'Chen Mingguo': 'Director of the Xinjiang Public Security Bureau (XPSB)',
    },
  },
  'hk-2021-07-16-liaison-office': {
    programme: 'Hong Kong-related sanctions (authority not stated in the sources read)',
    title: 'Hong Kong: seven Deputy Directors of the Liaison Office',
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
    note: 'OFAC added the seven to the SDN list (asset block), alongside a State/Treasury/Commerce/DHS Hong Kong business advisory. Reuters spells one name "Tan Tienui"; the State Department list as reported by explica.co gives Tan Tieniu. Their roles come from Reuters ("all deputy directors of the liaison office, according to their online biographies"), not from the designation. The legal authority (probably E.O. 13936) was not confirmed.',
    roles: {
      'Chen Dong': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
      'He Jing': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
      'Lu Xinning': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
      'Qiu Hong': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
      'Tan Tieniu': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
      'Yang Jianping': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
      'Yin Zonghua': "Deputy Director, Liaison Office of the Central People's Government in the HKSAR",
    },
  },
  'glomag-2022-12-09-tibet': {
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Tibet: Wu Yingjie and Zhang Hongbo',
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
    note: 'Asset block, part of an OFAC action naming over 40 people and entities in nine countries for Anti-Corruption Day and Human Rights Day. The International Campaign for Tibet adds that Zhang and his family are barred from entering the US.',
    roles: {
      'Wu Yingjie': 'Former Party Secretary of the Tibet Autonomous Region (TAR), 2016-2021',
      'Zhang Hongbo': 'Director of the Tibetan Public Security Bureau (since 2018, through at least November 2022)',
    },
  },
  'eo13936-2025-03-31-hong-kong': {
    programme: 'Hong Kong Normalization (E.O. 13936)',
    title: 'Hong Kong: six officials over transnational repression',
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
    note: 'State Department designation under section 4(a)(iii)(A) of E.O. 13936 (Foreign Policy Watchdog) for NSL enforcement and transnational repression against 19 activists abroad: asset block. Names as written by the State Department (quoted by TRT); roles from Foreign Policy Watchdog and gwurld (the TRT text gives roles for Au and Siu only). Dick Wong previously headed the HKPF College (Foreign Policy Watchdog).',
    roles: {
      'Sonny Chi Kwong Au': 'Secretary-General, Committee for Safeguarding National Security of the HKSAR',
      'Dong Jingwei': 'Director, Office for Safeguarding National Security in the HKSAR',
      'Dick Chung Chun Wong': 'Assistant Commissioner of Police (National Security), Hong Kong Police Force',
      'Margaret Wing Lan Chiu': 'Assistant Commissioner of Police (National Security), Hong Kong Police Force',
      'Raymond Chak Yee Siu': 'Commissioner of Police, Hong Kong Police Force',
      'Paul Ting Kwok Lam': 'Secretary for Justice, HKSAR',
    },
  },
  '7031c-2020-07-09-xinjiang': {
    programme: 'Section 7031(c) entry bar (State Department)',
    title: 'Xinjiang: Chen Quanguo, Zhu Hailun and Wang Mingshan, with their immediate family',
    source: {
      title: "Tibetan Review (ANI), 2020-07-10: quotes the Secretary of State's statement of 2020-07-09 (copy)",
      url: 'https://www.tibetanreview.net/politburo-member-among-three-senior-officials-sanctioned-by-us-for-xinjiang-atrocities/',
    },
    alsoSee: [
      {
        title:
          'State Department, "Report to Congress on Anti-Kleptocracy and Human Rights Visa Restrictions Public Listing"',
        url: 'https://www.state.gov/reports/report-to-congress-on-anti-kleptocracy-and-human-rights-visa-restrictions-public-listing/',
      },
    ],
    note: '"I am designating three senior CCP officials under Section 7031(c) … Chen Quanguo … Zhu Hailun … and Wang Mingshan … As a result, they and their immediate family members are ineligible for entry into the United States." Section 7031(c) of the annual State Department appropriations act extends the bar to "immediate family members" without defining them; the statement named no relatives. Huo Liujun was designated by Treasury only. The same statement restricted visas for other, unnamed officials, whose family members "may" be covered; they cannot be counted.',
    roles: {
      'Chen Quanguo': 'Party Secretary of the Xinjiang Uyghur Autonomous Region',
      'Zhu Hailun': 'Party Secretary of the Xinjiang Political and Legal Committee',
      'Wang Mingshan': 'Party Secretary of the Xinjiang Public Security Bureau',
    },
  },
  '7031c-2020-12-10-huang-yuanxiong': {
    programme: 'Section 7031(c) entry bar (State Department)',
    title: 'Huang Yuanxiong (Xiamen police), with his spouse',
    source: {
      title: 'Lokmat Times (ANI), 2020-12-10: the State Department designates 17 officials on Human Rights Day (copy)',
      url: 'https://www.lokmattimes.com/international/us-slaps-sanctions-against-17-officials-of-foreign-govts-including-chinese-for-violation-of-human/amp',
    },
    note: 'One of 17 officials "and their immediate family members" designated under Section 7031(c) on Human Rights Day 2020; for Huang the statement names only his spouse: "Today\'s action also applies to Mr. Huang\'s spouse."',
    roles: { 'Huang Yuanxiong': 'Chief of the Xiamen Public Security Bureau Wucun Police Station' },
  },
  '7031c-2021-05-12-yu-hui': {
    programme: 'Section 7031(c) entry bar (State Department)',
    title: 'Yu Hui (Chengdu "610 Office"), with his immediate family',
    source: {
      title: 'State Department press statement, 2021-05-12 (copy at mrwatchlist.com)',
      url: 'https://mrwatchlist.com/2021/05/12/chinese-party-official-designated-under-section-7031c/',
    },
    note: '"Yu Hui and his immediate family members are ineligible for entry into the United States."',
    roles: {
      'Yu Hui':
        'Former Office Director of the Chengdu "Central Leading Group on Preventing and Dealing with Heretical Religions" (the "610 Office")',
    },
  },
  'glomag-2021-12-10-xinjiang': {
    programme: 'Global Magnitsky (E.O. 13818), with Section 7031(c) entry bars',
    title: 'Xinjiang: Shohrat Zakir and Erken Tuniyaz',
    source: {
      title: 'Treasury press release jy0526, 2021-12-10',
      url: 'https://home.treasury.gov/news/press-releases/jy0526',
    },
    note: 'Treasury blocked the property of Shohrat Zakir and Erken Tuniyaz under E.O. 13818, and the State Department barred both from entry under Section 7031(c) the same day. No family wording was found in the sources read, so no relatives are counted.',
    roles: {
      'Shohrat Zakir': 'Chairman of the Xinjiang Uyghur Autonomous Region, 2018-2021',
      'Erken Tuniyaz': 'Chairman (acting) of the Xinjiang Uyghur Autonomous Region, previously Vice Chairman',
    },
  },
  'uhrpa-2023-12-08-gao-qi': {
    programme: 'Uyghur Human Rights Policy Act and Global Magnitsky (E.O. 13818)',
    title: 'Xinjiang: Gao Qi (Yili police), with his immediate family',
    source: {
      title: 'RFA, 2023-12-08: US sanctions Chinese officials over Uyghur abuse (copy at southasiantribune.com)',
      url: 'https://southasiantribune.com/us-sanctions-chinese-officials-over-uyghur-abuse/',
    },
    alsoSee: [
      {
        title: 'The Asian Observer: Xinjiang, US adds more Chinese officials to sanctions list',
        url: 'https://theasianobserver.com/xinjiang-us-adds-more-chinese-officials-and-companies-to-sanctions-list/',
      },
    ],
    note: 'The only designation so far under the Uyghur Human Rights Policy Act: Treasury sanctioned Gao "as required under UHRPA" and designated him under E.O. 13818, and the State Department imposed visa restrictions on him. Reports of the statements say his immediate family members are also barred from entry; the State text itself was not read.',
    roles: { 'Gao Qi': 'Leader of the Yili Kazakh Autonomous Prefecture Public Security Bureau; Yili vice governor' },
  },
  'glomag-2023-12-08-hu-lianhe': {
    programme: 'Global Magnitsky (E.O. 13818)',
    title: 'Hu Lianhe (Central Xinjiang Work Coordination Small Group)',
    source: {
      title: 'RFA, 2023-12-08: US sanctions Chinese officials over Uyghur abuse (copy at southasiantribune.com)',
      url: 'https://southasiantribune.com/us-sanctions-chinese-officials-over-uyghur-abuse/',
    },
    note: 'Treasury designated Hu under E.O. 13818 "in support of UHRPA objectives"; the State Department had already barred him from entry under Section 7031(c) on 2021-12-10. No family wording was found in the sources read.',
    roles: {
      'Hu Lianhe': 'Deputy Office Director, Xinjiang Work Coordination Small Group of the Party Central Committee',
    },
  },
};
