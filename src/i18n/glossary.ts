/**
 * The Chinese names of the official bodies and terms the app names, for the Chinese edition
 * (issue 15): one place, so every page, chart and card says 中央政治局常务委员会 the same way.
 * Names follow the Party's and the NPC's own usage (the Party constitution, the plenum
 * communiqués, the NPC's texts), not the foreign press's.
 *
 * Each entry was read in a stored public copy (`checkedAt`) before it was written here; where the
 * name could not be found in a Chinese source, `verified` is false and the note says what is
 * known. The body's own site is the `source` where it has one; 12371.cn and npc.gov.cn were cited
 * by the copies read as http:// addresses and are given here with https. A term that US law
 * coins has no official Chinese name: its source is where Chinese text was found, or the law.
 */

export interface GlossaryEntry {
  /** The English label as the app writes it: a key, no two entries share one. */
  en: string;
  /** Simplified Chinese, for `lang=zh-Hans`. */
  hans: string;
  /** Traditional Chinese, for `lang=zh-Hant`. */
  hant: string;
  /** A public source printing the name, the body's own where it has one: https. */
  source: string;
  /** The stored copies the names were read at. */
  checkedAt: readonly string[];
  /** Whether the Chinese name was found in Chinese text; false means it is our rendering. */
  verified: boolean;
  note?: string;
}

/** The Party constitution on the Party's own site (共产党员网), chapters 1 and 3. */
const PARTY_CONSTITUTION = 'https://www.12371.cn/special/zggcdzc/zggcdzcqw/';
/** The 2017 constitution reprinted with 12371.cn's addresses: 中国共产党, 党员. */
const CONSTITUTION_2017_COPY = 'https://wyldryde.org/t156/4396/list.html';
/** The 2012 constitution from Xinhua, chapter 3: 中央委员会委员和候补委员, 中央政治局常务委员会, 中央纪律检查委员会. */
const CONSTITUTION_2012_COPY = 'http://sports.jjjtsb.com/zhuanti/2012-10/02/content_9504508_5.htm';
/** The 20th Central Committee in Traditional characters: 中央政治局常務委員會, 中央紀律檢查委員會, 候補委員. */
const CC20_TRADITIONAL =
  'https://newton.com.tw/wiki/%E4%B8%AD%E5%9C%8B%E5%85%B1%E7%94%A2%E9%BB%A8%E7%AC%AC%E4%BA%8C%E5%8D%81%E5%B1%86%E4%B8%AD%E5%A4%AE%E5%A7%94%E5%93%A1%E6%9C%83/61943794';
/** The Fourth Plenum's communiqué, Xinhua's full text reprinted by 中评社 (Traditional). */
const FOURTH_PLENUM_COMMUNIQUE = 'https://hk.crntt.com/doc/1071/3/3/1/107133141.html';
/** The Fourth Plenum's decisions as reported: 递补中央委员会候补委员…为中央委员会委员 (Traditional). */
const FOURTH_PLENUM_REPORT = 'https://news.ltn.com.tw/news/politics/breakingnews/5221743';
/** 二十届四中全会 in Simplified characters. */
const FOURTH_PLENUM_SIMPLIFIED =
  'https://askai.glarity.app/zh-CN/search/%E4%BA%8C%E5%8D%81%E5%B1%8A%E5%9B%9B%E4%B8%AD%E5%85%A8%E4%BC%9A%E7%9A%84%E4%B8%BB%E8%A6%81%E8%AE%AE%E7%A8%8B%E5%92%8C%E7%9B%B8%E5%85%B3%E4%BF%A1%E6%81%AF%E6%98%AF%E4%BB%80%E4%B9%88';
/** The NPC's own site. */
const NPC = 'https://www.npc.gov.cn/';
const NPCSC_SIMPLIFIED =
  'https://zhwiki.oracleblog.org/wiki/%E4%B8%AD%E8%8F%AF%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9C%8B%E5%85%A8%E5%9C%8B%E4%BA%BA%E6%B0%91%E4%BB%A3%E8%A1%A8%E5%A4%A7%E6%9C%83%E5%B8%B8%E5%8B%99%E5%A7%94%E5%93%A1%E6%9C%83';
const NPCSC_TRADITIONAL = 'http://keyanhelp.cn/english/china_key_words/2024-12/10/content_117598995.html';
/** The Civil Code, article 1045 (亲属、近亲属与家庭成员), as printed in a commentary. */
const CIVIL_CODE_1045 = 'https://m.novel.qq.com/read/1044619614/10';
const STOP_CCP_ACT = 'https://www.congress.gov/118/bills/hr3334/BILLS-118hr3334eh.htm';
const STOP_CCP_ACT_HK01 =
  'https://www.hk01.com/%E5%8D%B3%E6%99%82%E5%9C%8B%E9%9A%9B/734357/%E7%BE%8E%E5%9C%8B%E5%85%B1%E5%92%8C%E9%BB%A8%E8%AD%B0%E5%93%A1%E6%8F%90%E5%88%B6%E8%A3%81%E4%B8%AD%E5%85%B1%E6%B3%95-%E5%B0%8D%E8%B1%A1%E5%8C%85%E6%8B%AC%E7%BF%92%E8%BF%91%E5%B9%B3';

/** Each official body and term the app names, with its Chinese names. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    en: 'Communist Party of China',
    hans: '中国共产党',
    hant: '中國共產黨',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2017_COPY, CC20_TRADITIONAL],
    verified: true,
  },
  {
    en: 'Party members',
    hans: '党员',
    hant: '黨員',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2017_COPY, 'https://news.ltn.com.tw/news/world/breakingnews/3976170'],
    verified: true,
    note: 'In full 中国共产党党员 (constitution, article 2). The Organization Department counts them as "党员总数为…万名".',
  },
  {
    en: 'Central Committee',
    hans: '中央委员会',
    hant: '中央委員會',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2012_COPY, CC20_TRADITIONAL],
    verified: true,
    note: 'In full 中国共产党中央委员会; 中共中央 in short.',
  },
  {
    en: 'full members',
    hans: '中央委员会委员',
    hant: '中央委員會委員',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2012_COPY, FOURTH_PLENUM_REPORT],
    verified: true,
    note: 'Of the Central Committee; the communiqués count them as 中央委员 (中央委員).',
  },
  {
    en: 'alternate members',
    hans: '中央委员会候补委员',
    hant: '中央委員會候補委員',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2012_COPY, FOURTH_PLENUM_REPORT],
    verified: true,
    note: 'Of the Central Committee; the communiqués count them as 候补中央委员 (候補中央委員).',
  },
  {
    en: '19th Central Committee',
    hans: '第十九届中央委员会',
    hant: '第十九屆中央委員會',
    source: PARTY_CONSTITUTION,
    checkedAt: [
      'https://zh.wikipedia.org/zh-tw/%E4%B8%AD%E5%9B%BD%E5%85%B1%E4%BA%A7%E5%85%9A%E7%AC%AC%E5%8D%81%E4%B9%9D%E5%B1%8A%E4%B8%AD%E5%A4%AE%E5%A7%94%E5%91%98%E4%BC%9A%E7%AC%AC%E4%B8%80%E6%AC%A1%E5%85%A8%E4%BD%93%E4%BC%9A%E8%AE%AE',
    ],
    verified: true,
    note: 'In full 中国共产党第十九届中央委员会, read in Traditional only: the Simplified is its character-for-character form. The constitution is the source for 中央委员会, not for the term.',
  },
  {
    en: '20th Central Committee',
    hans: '第二十届中央委员会',
    hant: '第二十屆中央委員會',
    source: FOURTH_PLENUM_COMMUNIQUE,
    checkedAt: [FOURTH_PLENUM_COMMUNIQUE, FOURTH_PLENUM_SIMPLIFIED],
    verified: true,
    note: 'In full 中国共产党第二十届中央委员会; 二十届中央委员会 in the communiqués.',
  },
  {
    en: 'Politburo',
    hans: '中央政治局',
    hant: '中央政治局',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2012_COPY, FOURTH_PLENUM_COMMUNIQUE],
    verified: true,
    note: 'In full 中国共产党中央委员会政治局; 中共中央政治局 in the press. The same characters in both scripts.',
  },
  {
    en: 'Politburo Standing Committee',
    hans: '中央政治局常务委员会',
    hant: '中央政治局常務委員會',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2012_COPY, CC20_TRADITIONAL],
    verified: true,
    note: 'Its members are 中央政治局常务委员会委员 (中央政治局常委 in short).',
  },
  {
    en: 'Central Commission for Discipline Inspection',
    hans: '中央纪律检查委员会',
    hant: '中央紀律檢查委員會',
    source: PARTY_CONSTITUTION,
    checkedAt: [CONSTITUTION_2012_COPY, FOURTH_PLENUM_COMMUNIQUE],
    verified: true,
    note: '中央纪委 in short.',
  },
  {
    en: 'Fourth Plenum',
    hans: '四中全会',
    hant: '四中全會',
    source: FOURTH_PLENUM_COMMUNIQUE,
    checkedAt: [FOURTH_PLENUM_COMMUNIQUE, FOURTH_PLENUM_SIMPLIFIED],
    verified: true,
    note: 'Of October 2025: 二十届四中全会, in full 中国共产党第二十届中央委员会第四次全体会议.',
  },
  {
    en: "National People's Congress",
    hans: '全国人民代表大会',
    hant: '全國人民代表大會',
    source: NPC,
    checkedAt: [NPCSC_SIMPLIFIED, NPCSC_TRADITIONAL],
    verified: true,
    note: '全国人大 in short.',
  },
  {
    en: "National People's Congress Standing Committee (NPCSC)",
    hans: '全国人民代表大会常务委员会',
    hant: '全國人民代表大會常務委員會',
    source: NPC,
    checkedAt: [NPCSC_SIMPLIFIED, NPCSC_TRADITIONAL],
    verified: true,
    note: '全国人大常委会 (全國人大常委會) in short, as the NPC itself writes it.',
  },
  {
    en: 'Vice-Chairperson, NPCSC',
    hans: '全国人大常委会副委员长',
    hant: '全國人大常委會副委員長',
    source: NPC,
    checkedAt: ['https://news.chinanewscenter.com/archives/4700', NPCSC_TRADITIONAL],
    verified: true,
    note: 'Read whole in Simplified; in Traditional as its parts (全國人民代表大會常務委員會, 副委員長).',
  },
  {
    en: 'Spouse',
    hans: '配偶',
    hant: '配偶',
    source: CIVIL_CODE_1045,
    checkedAt: [CIVIL_CODE_1045],
    verified: true,
    note: 'The Civil Code (民法典) article 1045; the NPC text itself was not read here. The same characters in both scripts.',
  },
  {
    en: 'Children',
    hans: '子女',
    hant: '子女',
    source: CIVIL_CODE_1045,
    checkedAt: [CIVIL_CODE_1045],
    verified: true,
    note: 'Civil Code article 1045. Under 18 is 未成年: 未成年子女 (unverified in our sources).',
  },
  {
    en: 'Parents',
    hans: '父母',
    hant: '父母',
    source: CIVIL_CODE_1045,
    checkedAt: [CIVIL_CODE_1045],
    verified: true,
    note: 'Civil Code article 1045.',
  },
  {
    en: 'Siblings',
    hans: '兄弟姐妹',
    hant: '兄弟姐妹',
    source: CIVIL_CODE_1045,
    checkedAt: [CIVIL_CODE_1045],
    verified: true,
    note: 'Civil Code article 1045, which counts spouse, parents, children and siblings among 近亲属 (close relatives).',
  },
  {
    en: 'immediate family members',
    hans: '直系亲属',
    hant: '直系親屬',
    source: 'https://meltoday.com/content-102049470947010',
    checkedAt: ['https://meltoday.com/content-102049470947010', STOP_CCP_ACT_HK01],
    verified: true,
    note: 'How the Chinese press rendered the 2020 visa rule\'s "immediate family" (中共党员及其直系亲属). In Chinese law 直系亲属 are lineal relatives (parents, children, grandparents) and leave out the spouse, whom the US term includes: say 配偶 as well where it matters.',
  },
  {
    en: 'adult family member',
    hans: '成年家庭成员',
    hant: '成年家庭成員',
    source: STOP_CCP_ACT,
    checkedAt: [STOP_CCP_ACT_HK01],
    verified: false,
    note: 'No Chinese report of the STOP CCP Act\'s "adult family member" was found: this is a literal rendering. The Civil Code\'s 家庭成员 (article 1045) is narrower: spouse, parents, children and other close relatives living together.',
  },
  {
    en: 'Global Magnitsky',
    hans: '全球马格尼茨基',
    hant: '全球馬格尼茨基',
    source:
      'https://zh.wikipedia.org/zh-cn/%E5%85%A8%E7%90%83%E9%A6%AC%E6%A0%BC%E5%B0%BC%E8%8C%A8%E5%9F%BA%E4%BA%BA%E6%AC%8A%E5%95%8F%E8%B2%AC%E6%B3%95',
    checkedAt: [
      'https://zh.wikipedia.org/zh-cn/%E5%85%A8%E7%90%83%E9%A6%AC%E6%A0%BC%E5%B0%BC%E8%8C%A8%E5%9F%BA%E4%BA%BA%E6%AC%8A%E5%95%8F%E8%B2%AC%E6%B3%95',
      'https://wikim.kfd.me/wiki/%E5%85%A8%E7%90%83%E9%A9%AC%E6%A0%BC%E5%B0%BC%E8%8C%A8%E5%9F%BA%E6%B3%95%E6%A1%88',
    ],
    verified: true,
    note: 'The act is 全球马格尼茨基人权问责法 (全球馬格尼茨基人權問責法). A US law has no official Chinese name; this is the usual one. Hong Kong writing has 馬格尼斯基.',
  },
  {
    en: 'visa ban',
    hans: '签证禁令',
    hant: '簽證禁令',
    source: 'https://www.observersnews.com/internation/2020_12_05_573591.shtml',
    checkedAt: [
      'https://www.observersnews.com/internation/2020_12_05_573591.shtml',
      'https://www.ktsf.com/2020/12/03/us-tightened-visa-restrictions-on-china-communist-party-members/',
    ],
    verified: false,
    note: '签证禁令 was not found in the Chinese reports read: they write 签证限制 (簽證限制, visa restrictions) for the US measures, and 禁止入境 for a bar on entry. Choose between those before use.',
  },
  {
    en: 'STOP CCP Act',
    hans: '制裁中共法',
    hant: '制裁中共法',
    source: STOP_CCP_ACT,
    checkedAt: [STOP_CCP_ACT_HK01],
    verified: false,
    note: 'No established Chinese name. HK01 (February 2022) called the earlier bill with this short title 《制裁中共法》, in full 《制裁中國共產黨內專制壓迫人民之官員法》; no Chinese report of H.R. 3334 (passed by the House in September 2024) naming it was found. Keep "STOP CCP Act" beside any Chinese name.',
  },
];

const byEnglish = new Map(GLOSSARY.map((entry) => [entry.en, entry]));

/** The glossary entry for an English label, if the glossary has one. */
export function glossaryEntry(en: string): GlossaryEntry | undefined {
  return byEnglish.get(en);
}
