import type { Translations } from '../translations';

/** The data area's words in Simplified Chinese. */
export const data: Translations['data'] = {
  method: {
    core: '对每个制裁范围，<strong>核心人数</strong>等于基础群体乘以符合法律认定标准的比例，再减去因豁免而免于制裁的人。每名核心成员有 <strong>K</strong> 名受涵盖的亲属：即家属规则所涵盖的在世配偶、子女、父母、兄弟姐妹和姻亲的期望人数，依据群体的年龄结构按年龄推算（70岁的成员有成年子女，在世父母很少；30岁的成员子女年幼，父母双全）。',
    reach:
      '<strong>简单加总</strong> = 核心人数 × (1 + K)，把每名亲属都当作无人共有来计算。实际上亲属是共有的，且许多亲属本身就是党员，因此<strong>波及人数</strong>对每个人只计一次。成员的成年亲属中有比例 q 本身已是党员：设 p = 核心人数 / A（A 为中国成年人口），聚集比值比为 ρ，则 <code>q = ρp / (1 − p + ρp)</code>，配偶与其他亲属各用一个 ρ；18岁以下者都不是党员。其余的亲属关系落在非党员身上，平均每人 λ 条，有任何一条关系的人只计一次：<code>1 − (1 + cλ)<sup>−1/c</sup></code>，其中 c 是共有亲属的聚集程度（例如两名成员共同的子女），关系随机分布时为 0（<code>1 − e<sup>−λ</sup></code>）。结果永远不会超过中国总人口；对小群体而言，它等于核心人数 × (1 + K)。',
    readings:
      '凡法律或某种说法未界定其中的“家属”一词（“他们的家属”“直系亲属”“成年家庭成员”），就在同一组抽样上按每一种站得住脚的解读分别估算，并在所选解读的区间旁列出各解读之间的范围。',
    draws:
      '凡不是官方统计数的输入，都以一个区间（低值、最可能值、高值）表示。估算以固定的随机种子对每个区间多次抽样，在同一组抽样上计算每个范围，并给出中位数和90%区间（第5至第95百分位）。同一情景、同一种子，得出的数字永远相同。',
    covers: '90%区间涵盖什么',
    includes: (text) => `它包括：${text}`,
    leavesOut: '它不包括：',
    itemEnd: '；',
    terms: (count) => `未界定的“家属”类用语及其解读（${count}个）`,
    profiles: (count) => `年龄结构（${count}个）`,
    figures: (version, count) => `数据目录，版本${version}（${count}项数据）`,
    rounds: (count) => `美国对中国官员的制裁点名（${count}轮）`,
  },
  figures: {
    region: '数据目录',
    caption: '估算和图表所用的每一项有出处的数据',
    figure: '数据',
    value: '数值',
    asOf: '截至',
    source: '来源',
    derived: '* 由官方数据推算得出；推算方法见说明。',
  },
  rounds: {
    spouse: '同时禁止其配偶入境',
    'immediate-family': '同时禁止其“直系亲属”入境',
    'not-stated': '所查阅的资料中未见涉及家属的措辞',
    head: (date, programme) => `${date}，${programme}：`,
    entity: '实体',
    who: (name, role) => (role ? `${name}（${role}）` : name),
    and: '；',
    end: '。',
  },
  profiles: {
    colon: '：',
    status: { official: '已公布', interpolated: '插值', assumption: '假设' },
    point: (age, percent) => `${age}岁（${percent}%）`,
    and: '，',
  },
  quoted: (words) => `“${words}”`,
  bracket: (text) => `（${text}）`,
  and: '、',

  groups: {
    'party-members': '全体党员',
    'central-committee-20': '第二十届中央委员会（委员和候补委员）',
    'central-committee-20-full': '第二十届中央委员会（仅委员）',
    'central-committee-19': '第十九届中央委员会（委员和候补委员）',
    'politburo-20': '第二十届中央政治局',
    'politburo-19': '第十九届中央政治局',
    'politburo-standing-committee-20': '第二十届中央政治局常务委员会',
    'discipline-commission-20': '第二十届中央纪律检查委员会',
  },
  groupNotes: {
    'party-members': '年底时的全体中国共产党党员。',
    'central-committee-20':
      '2022年10月选出的205名中央委员会委员和171名候补委员；2025年起，计入四中全会（2025年10月）确认的开除和递补后，约为357人。',
    'central-committee-20-full': '2022年10月选出的205名中央委员会委员（四中全会递补11个空缺后，仍为205名）。',
    'central-committee-19': '2017年10月选出的204名中央委员会委员和172名候补委员。',
    'politburo-20': '2022年10月产生的24名中央政治局委员；何卫东被开除后（2025年）为23名。',
    'politburo-19': '2017年10月产生的25名中央政治局委员。',
    'politburo-standing-committee-20': '2022年10月产生的7名中央政治局常务委员会委员。',
    'discipline-commission-20': '2022年10月选出的133名委员。',
  },
  figureLabels: {
    'party-members-{year}': '{year}年底党员总数',
    'party-members-{year}-age-30-or-under': '{year}年底30岁及以下党员',
    'party-members-{year}-age-31-35': '{year}年底31至35岁党员',
    'party-members-{year}-age-36-40': '{year}年底36至40岁党员',
    'party-members-{year}-age-41-45': '{year}年底41至45岁党员',
    'party-members-{year}-age-46-50': '{year}年底46至50岁党员',
    'party-members-{year}-age-51-55': '{year}年底51至55岁党员',
    'party-members-{year}-age-56-60': '{year}年底56至60岁党员',
    'party-members-{year}-age-61-plus': '{year}年底61岁及以上党员',
    'cc19-full': '第十九届中央委员会委员',
    'cc19-alternate': '第十九届中央委员会候补委员',
    politburo19: '第十九届中央政治局',
    ccdi19: '第十九届中央纪律检查委员会',
    'cc20-full': '第二十届中央委员会委员',
    'cc20-alternate': '第二十届中央委员会候补委员',
    politburo20: '第二十届中央政治局',
    psc20: '第二十届中央政治局常务委员会',
    ccdi20: '第二十届中央纪律检查委员会',
    'cc20-full-2025': '第二十届中央委员会委员（四中全会后）',
    'cc20-alternate-2025': '第二十届中央委员会候补委员（四中全会后）',
    'politburo20-2025': '第二十届中央政治局（四中全会后）',
    'china-population-{year}': '{year}年底中国（大陆）人口',
    'china-adult-share-2020': '中国18岁及以上人口占比',
    'us-population-2020': '美国（2020年人口普查）',
    'us-population-2024': '美国',
    'germany-population-2024': '德国',
    'japan-population-2024': '日本',
    'iran-population-2024': '伊朗',
    'vietnam-population-2024': '越南',
    'uk-population-2024': '英国',
    'france-population-2024': '法国',
    'world-population-2024': '世界',
    'xinjiang-population-2020': '新疆',
    'uyghurs-in-xinjiang-2020': '新疆维吾尔族人口',
    'tibet-population-2020': '西藏自治区',
    'hong-kong-population-2024': '香港',
    'taiwan-population-2024': '台湾',
    'xinjiang-detainees-un-2018': '新疆被拘押者（联合国消除种族歧视委员会估计）',
    'chinese-visitors-to-us-2019': '2019年中国旅客访美人次',
    'chinese-visitors-to-us-2023': '2023年中国旅客访美人次',
    'us-visas-to-chinese-fy2019': '2019财年美国向中国公民签发的签证',
    'chinese-students-in-us-2019': '在美中国留学生（2019/20学年）',
    'chinese-students-in-us-2023': '在美中国留学生（2023/24学年）',
    'chinese-students-in-us-2024': '在美中国留学生（2024/25学年）',
    'hong-kong-population-2025': '香港，2025年底（临时数字）',
  },
  profileLabels: {
    'party-members-{year}': '党员（{year}年年龄结构）',
    'party-members-2018': '党员（2018年：由2017年和2022年年龄结构插值）',
    'party-members-2019': '党员（2019年：由2017年和2022年年龄结构插值）',
    'party-members-2020': '党员（2020年：由2017年和2022年年龄结构插值）',
    'party-members-2021': '党员（2021年：由2017年和2022年年龄结构插值）',
    'central-committee': '中央委员会委员（估计年龄）',
    'senior-leaders': '中央政治局及其常务委员会（估计年龄）',
    'senior-officials': '省部级和厅局级官员（估计年龄）',
  },
  readingLabels: {
    spouse: '配偶',
    'spouse-children-under-21': '配偶及21岁以下子女',
    'spouse-children': '配偶及各年龄子女',
    'immediate-relatives': '配偶、21岁以下子女及父母',
    'spouse-children-parents': '配偶、子女及父母',
    'spouse-children-parents-siblings': '配偶、子女、父母及兄弟姐妹',
    'with-parents-in-law': '配偶、子女、父母及配偶的父母',
    extended: '大家庭：配偶、子女、父母、兄弟姐妹，以及配偶的父母和兄弟姐妹',
    'adult-nuclear': '配偶及成年子女',
    'adult-close': '配偶、成年子女、父母、兄弟姐妹，以及配偶的父母和兄弟姐妹',
    'adult-wide': '成年近亲属及其配偶，以及成年的侄甥',
  },
  termWords: {
    families: '他们的家属',
    'immediate-family': '直系亲属',
    'adult-family-member': '成年家庭成员',
  },
  termUses: {
    families:
      '2020年7月讨论过的对全体党员“及其家属”的签证禁令。当时没有公布任何定义；美国政府估计“多达2.7亿人”，但没有说明算了哪些人。',
    'immediate-family':
      '第7031(c)条的入境禁令（“官员……及其直系亲属”），以及美国国务院2020年12月对党员“及其直系亲属”的签证限制。法律和声明都没有界定这个词。',
    'adult-family-member':
      '《制裁中共法》（STOP CCP Act）第4(a)(3)条：“每一名成年家庭成员，包括配偶或配偶的成年家庭成员”。法案对这两个词都没有界定。',
  },
  inputs: {
    marriedShareUnder31: '已婚比例：30岁及以下党员',
    marriedShare31to60: '已婚比例：31至60岁党员',
    marriedShareOver60: '已婚比例：61岁及以上党员',
    childrenCohort1950: '每名党员生育子女数：约1950年出生队列',
    childrenCohort1970: '每名党员生育子女数：约1970年出生队列',
    childrenCohort1990: '每名党员（预期）生育子女数：约1990年出生队列',
    cadreChildrenOneChildEra: '每名高级官员生育子女数：1955至1975年出生队列',
    womenChildrenCohort1930: '中国妇女人均生育子女数：约1930年出生队列',
    womenChildrenCohort1950: '中国妇女人均生育子女数：约1950年出生队列',
    womenChildrenCohort1970: '中国妇女人均生育子女数：约1970年出生队列',
    generationGapYears: '父母生育子女时的平均年龄',
    medianAgeAtDeathYears: '成年人死亡年龄中位数',
    spouseClusteringOddsRatio: '配偶同为党员的聚集程度（比值比）',
    familyClusteringOddsRatio: '其他亲属同为党员的聚集程度（比值比）',
    overlapDispersion: '共有亲属的聚集程度（过度离散）',
  },
  units: {
    'share (0-1)': '比例（0–1）',
    persons: '人',
    years: '岁',
    'odds ratio (1 = none)': '比值比（1 = 无聚集）',
    'dispersion (0 = random)': '离散度（0 = 随机）',
  },
  // Citations stay out of the reasons' Chinese: an author's name in Latin letters is said as the
  // journal that printed the study; each source's own title is listed under the reason, in English.
  inputReasons: {
    marriedShareUnder31:
      '这一年龄段的党员在18至30岁之间，其中包括在校学生。2020年，浙江15岁及以上人口中有18%从未结婚，大多是年轻人；中国人的初婚多集中在二十五岁到三十岁之间。未找到全国分年龄的数据。',
    marriedShare31to60:
      '在中国，到三十出头几乎人人都已结婚。浙江2020年人口普查，15岁及以上人口：有配偶的占75.07%，未婚的占18.00%（大多在30岁以下），离婚的占2.30%，丧偶的占4.63%。',
    marriedShareOver60:
      '丧偶比例随年龄上升：浙江成年人中丧偶的4.63%（2020年）大多是老年人。61岁及以上党员的平均年龄约为70岁，到这个年龄，大约四分之一的人已经丧偶。',
    childrenCohort1950:
      '就全国而言，1950年出生的妇女平均生育2.93个子女。这一队列大约在1972至1985年间生育，正值“晚、稀、少”政策和随后的独生子女政策推行之时；党员更多住在城市，又最先被要求执行政策，因此取值低于全国水平。',
    childrenCohort1970:
      '就全国而言，1970年出生的妇女平均生育约1.75个子女（1960年出生的为2.05个）。党员的情况不一：农村党员（四分之一是农民）往往获准生育二孩，而官员和国有单位职工只能生一个。据2016年《四川师范大学学报》刊载的一项研究，国有部门家庭的子女数比其他家庭少0.19个。因此取值低于全国水平，但高于1。',
    childrenCohort1990:
      '这一队列的生育尚未结束：尽管先后放开二孩和三孩，总和生育率在2020年为1.3（人口普查），2022年约为1.09（中国人口与发展研究中心）。',
    cadreChildrenOneChildEra:
      '中央委员会委员和其他高级官员大多出生于1955至1970年，在1980年以后生育子女，当时的独生子女政策对干部执行得最严：生育二孩可能让党员丢掉职务和党籍。也有人获准生育二孩（少数民族，或第一个孩子有残疾等），因此取值略高于1。未找到有关官员的公开统计。',
    womenChildrenCohort1930:
      '即20世纪50年代和60年代出生的党员的母亲。她们在1950至1975年间生育，除饥荒年份外，时期生育率约为5.5至6（寇尔根据1982年生育率抽样调查所作的重建）。此项决定党员的兄弟姐妹人数：一个人家中的子女数约为其母亲所在队列生育率的1.2倍，减去本人即为兄弟姐妹数（见方法说明）。',
    womenChildrenCohort1950:
      '1950年出生的妇女平均生育2.93个子女。她们是20世纪70年代和80年代出生的党员的母亲；年长党员的侄甥辈，也多由这一队列所生。',
    womenChildrenCohort1970:
      '1970年出生的妇女平均生育约1.75个子女（1965年出生的为1.95个，1960年出生的为2.05个）：她们是20世纪90年代出生的党员的母亲。',
    generationGapYears:
      '20世纪70年代末，母亲生育第一孩时的平均年龄为24.8岁，生育第二孩时为27.5岁；父亲要大几岁，而党员中七成是男性；年长党员出生时家庭人口多，他们的母亲一直生育到将近四十岁。此项决定父母的年龄（党员年龄加上这一差距），也决定子女年龄分布的中心。',
    medianAgeAtDeathYears:
      '出生时的预期寿命2019年为77.3岁，2023年为78.6岁；活到20岁的人，死亡年龄中位数还要高几岁，但党员的父母出生于1900至1970年间，成长的条件更为艰苦。',
    spouseClusteringOddsRatio:
      '党员的配偶是党员的可能性，比随机一名成年人高多少。未找到调查数据，因此区间较宽，由党员队伍的构成所容许的范围决定：9920万名党员中有3020万名女性（2023年），所以即使每一名已婚女党员的丈夫都是党员，比值比也只有约13（上限）；如果择偶与党员身份完全无关，则为1。在中国，政治身份相近的人往往彼此通婚，因此下限取2。最可能值为4，意味着约五分之二的已婚女党员的丈夫是党员（要达到13，几乎需要全部如此）。',
    familyClusteringOddsRatio:
      '党员的父母、兄弟姐妹、成年子女或姻亲是党员的可能性，比随机一名成年人高多少。据《社会》2016年第3期刊载的一项研究，在北京的大学生中，控制学习成绩和学生干部职务之后，父母是党员使入党的几率提高约21%：这只是下限，因为党员父母还会把通往入党的教育和工作机会传给子女。未找到兄弟姐妹或姻亲的数据；区间较宽，其影响见“影响因素”。',
    overlapDispersion:
      '共有的亲属成簇出现，而不是随机分布：两名党员共同的子女是一个人、两条关系；一个家庭有一名党员，往往就有好几名。0对应随机（泊松）模型；取0.25至0.5，会使全体党员的大家庭波及人数减少约2%至8%，对小范围则没有影响。这是建模上的判断，不是测量值。',
  },
  presetReasons: {
    'Treasury made a finding for each person named.': '美国财政部对每一名被点名者都作出了认定。',
    'Whether any of the four held property or dealings within US reach is not public; the block also cuts them off from US banks and firms anywhere, so a share of them is constrained in any year.':
      '这四人是否在美国管辖范围内持有财产或有业务往来，并未公开；资产冻结还使他们在世界任何地方都无法与美国银行和企业往来，因此每年都有一部分人受到约束。',
    'Global Magnitsky has no renunciation waiver.': '全球马格尼茨基制裁没有以放弃党籍换取豁免的规定。',
    'The Secretary of State designated each of the three.': '美国国务卿对这三人逐一作出了认定。',
    'Senior officials rarely travel privately, but their children and relatives study, travel and hold residence abroad; assumed 0.5-10% a year against about 0.2% for the population.':
      '高级官员很少因私出境，但他们的子女和亲属在国外求学、旅行并取得居留权；假设每年为0.5%至10%，而全体人口约为0.2%。',
    'A 7031(c) designation has no renunciation waiver.': '依第7031(c)条作出的认定，没有以放弃党籍换取豁免的规定。',
    'Everyone in the group is covered by the measure as debated.': '按当时讨论的方案，群体中的所有人都受该措施约束。',
    'In 2019 Chinese residents made 2.83 million visits to the US and received 1.24 million US visas: 0.09-0.2% of 1.40 billion people a year. Members and their families are more urban and better off than average, so up to about twice that.':
      '2019年，中国居民赴美283万人次，获发美国签证124万份：每年约占14.0亿人的0.09%–0.2%。党员及其家属比一般人更多住在城市、更为富裕，因此最多约为其两倍。',
    'No waiver was part of the proposal.': '该提议不含任何豁免。',
    'The ladder compares the size of each group: everyone in it is covered.':
      '范围阶梯比较的是各群体的规模：群体中的所有人都被涵盖。',
    "Holdings of US-reachable property by leaders' families have been reported but not counted; assumed 1-20% of the people reached.":
      '领导人家属持有美国管辖范围内财产的情况曾有报道，但没有统计；假设为波及人数的1%至20%。',
    'Senior officials rarely travel privately (their passports are held by their Party organisation), but their adult children and relatives study, travel and hold residence abroad; assumed 0.5-10% a year against 0.2% for the population.':
      '高级官员很少因私出境（他们的护照由所在党组织统一保管），但他们的成年子女和亲属在国外求学、旅行并取得居留权；假设每年为0.5%至10%，而全体人口为0.2%。',
    "The Act applies to a member only after the President determines sanctionable conduct (undermining Hong Kong's autonomy, aggression against Taiwan, persecution including of Uyghurs). Members holding Xinjiang, Tibet, Hong Kong, security, propaganda and Taiwan portfolios are the likeliest; assumed 10-100%, most likely 30%.":
      '只有在总统认定某名委员有应受制裁行为（破坏香港自治、对台湾的侵略行为、包括针对维吾尔人在内的迫害）之后，该法才适用于此人。分管新疆、西藏、香港、安全、宣传和台湾事务的委员可能性最大；假设为10%至100%，最可能值为30%。',
    'Sanctions on a member end if they have "affirmatively renounced membership" and "taken affirmative steps to denounce or remediate" the conduct (section 4(h)(2)); the President\'s waiver (section 4(g)) is for national security, 60 days at a time, and lapses two years after enactment. No Central Committee member is known to have renounced membership, which would end their career.':
      '委员如已“明确放弃党籍”，并已“采取明确步骤谴责或纠正”有关行为（第4(h)(2)条），对其制裁即告终止；总统的豁免（第4(g)条）出于国家安全考虑，每次60天，并在法案生效两年后失效。目前没有已知的中央委员会成员放弃党籍——那将终结其仕途。',
    'Upper bound: every member found to have engaged in sanctionable conduct.':
      '上限：每一名委员和候补委员都被认定有应受制裁行为。',
    'The rule applies to every member: the end-2019 count (92 million), as the US estimate used.':
      '该规定适用于每一名党员：按2019年底的人数（9200万）计算，与美国政府的估计所用的一致。',
  },
  lines: {
    'china-{year}': '中国（{year}年）',
    'china-adults-{year}': '中国成年人口（{year}年）',
    'people-designated-{year}': '美国已点名制裁的人（截至{year}年）',
    'us-population-2024': '美国',
    'germany-population-2024': '德国',
    'xinjiang-population-2020': '新疆',
    'uyghurs-in-xinjiang-2020': '新疆维吾尔族',
    'hong-kong-population-2024': '香港',
    'chinese-visitors-to-us-2019': '中国旅客每年访美人次（2019年）',
    'taiwan-population-2024': '台湾',
    'chinese-students-in-us-2019': '在美中国留学生（2019/20学年）',
    'chinese-students-in-us-2024': '在美中国留学生（2024/25学年）',
  },
  roundTitles: {
    'glomag-2017-12-21-gao-yan': 'Gao Yan（曹顺利在羁押中死亡案）',
    'glomag-2020-07-09-xinjiang': '新疆：陈全国、另外三名官员及新疆公安厅',
    'glomag-2020-07-31-xpcc': '新疆生产建设兵团、孙金龙、彭家瑞',
    'eo13936-2020-08-07-hong-kong': '香港：林郑月娥及另外十名香港和内地官员',
    'eo13936-2020-11-09-hong-kong': '香港：四名国家安全官员',
    'eo13936-2020-12-07-npcsc': '全国人大常委会的14名副委员长',
    'eo13936-2021-01-15-hong-kong': '香港：2021年1月大搜捕后的六名官员',
    'glomag-2021-03-22-xinjiang': '新疆：王君正和陈明国',
    'hk-2021-07-16-liaison-office': '香港：中联办的七名副主任',
    'glomag-2022-12-09-tibet': '西藏：吴英杰和张洪波',
    'eo13936-2025-03-31-hong-kong': '香港：因跨国镇压被制裁的六名官员',
    '7031c-2020-07-09-xinjiang': '新疆：陈全国、朱海仑和王明山及其直系亲属',
    '7031c-2020-12-10-huang-yuanxiong': 'Huang Yuanxiong（厦门警察）及其配偶',
    '7031c-2021-05-12-yu-hui': 'Yu Hui（成都“610办公室”）及其直系亲属',
    'glomag-2021-12-10-xinjiang': '新疆：雪克来提·扎克尔和艾尔肯·吐尼亚孜',
    'uhrpa-2023-12-08-gao-qi': '新疆：Gao Qi（伊犁警察）及其直系亲属',
    'glomag-2023-12-08-hu-lianhe': '胡联合（中央新疆工作协调小组）',
  },
  programmes: {
    'Global Magnitsky (E.O. 13818)': '全球马格尼茨基（第13818号行政令）',
    'Hong Kong Normalization (E.O. 13936)': '香港正常化（第13936号行政令）',
    'Hong Kong-related sanctions (authority not stated in the sources read)': '涉港制裁（所查阅的资料未说明法律依据）',
    'Section 7031(c) entry bar (State Department)': '第7031(c)条入境禁令（美国国务院）',
    'Global Magnitsky (E.O. 13818), with Section 7031(c) entry bars':
      '全球马格尼茨基（第13818号行政令），并依第7031(c)条禁止入境',
    'Uyghur Human Rights Policy Act and Global Magnitsky (E.O. 13818)':
      '《维吾尔人权政策法》与全球马格尼茨基（第13818号行政令）',
  },
  // Only names whose characters are certain; the others keep the designating document's spelling.
  names: {
    'Chen Quanguo': '陈全国',
    'Zhu Hailun': '朱海仑',
    'Wang Mingshan': '王明山',
    'Huo Liujun': '霍留军',
    'Xinjiang Public Security Bureau': '新疆维吾尔自治区公安厅',
    'Xinjiang Production and Construction Corps': '新疆生产建设兵团',
    'Sun Jinlong': '孙金龙',
    'Peng Jiarui': '彭家瑞',
    'Carrie Lam': '林郑月娥',
    'Chris Tang': '邓炳强',
    'Stephen Lo': '卢伟聪',
    'John Lee Ka-chiu': '李家超',
    'Teresa Cheng': '郑若骅',
    'Erick Tsang': '曾国卫',
    'Xia Baolong': '夏宝龙',
    'Zhang Xiaoming': '张晓明',
    'Luo Huining': '骆惠宁',
    'Zheng Yanxiong': '郑雁雄',
    'Eric Chan': '陈国基',
    'Deng Zhonghua': '邓中华',
    'Edwina Lau': '刘赐蕙',
    'Li Jiangzhou': '李江舟',
    'Steve Li Kwai-wah': '李桂华',
    'Wang Chen': '王晨',
    'Cao Jianming': '曹建明',
    'Zhang Chunxian': '张春贤',
    'Shen Yueyue': '沈跃跃',
    'Ji Bingxuan': '吉炳轩',
    'Arken Imirbaki': '艾力更·依明巴海',
    'Wan Exiang': '万鄂湘',
    'Chen Zhu': '陈竺',
    'Wang Dongming': '王东明',
    'Padma Choling': '白玛赤林',
    'Ding Zhongli': '丁仲礼',
    'Hao Mingjin': '郝明金',
    'Cai Dafeng': '蔡达峰',
    'Wu Weihua': '武维华',
    'You Quan': '尤权',
    'Sun Wenqing': '孙文清',
    'Tam Yiu-Chung': '谭耀宗',
    'Wang Junzheng': '王君正',
    'Chen Mingguo': '陈明国',
    'Chen Dong': '陈冬',
    'He Jing': '何靖',
    'Lu Xinning': '卢新宁',
    'Qiu Hong': '仇鸿',
    'Tan Tieniu': '谭铁牛',
    'Yang Jianping': '杨建平',
    'Yin Zonghua': '尹宗华',
    'Shohrat Zakir': '雪克来提·扎克尔',
    'Erken Tuniyaz': '艾尔肯·吐尼亚孜',
    'Wu Yingjie': '吴英杰',
    'Zhang Hongbo': '张洪波',
    'Hu Lianhe': '胡联合',
    'Dong Jingwei': '董经纬',
    'Raymond Chak Yee Siu': '萧泽颐',
    'Paul Ting Kwok Lam': '林定国',
  },
  // The positions as the sources describe them (not always the body's full official title).
  roles: {
    'Former director of the Beijing Public Security Bureau Chaoyang Branch': '北京市公安局朝阳分局前局长',
    'Communist Party Secretary of the Xinjiang Uyghur Autonomous Region (XUAR)': '新疆维吾尔自治区党委书记',
    'Former Deputy Party Secretary of the XUAR': '新疆维吾尔自治区党委前副书记',
    'Director and Communist Party Secretary of the Xinjiang Public Security Bureau (XPSB)':
      '新疆维吾尔自治区公安厅厅长、党委书记',
    'Former Party Secretary of the XPSB': '新疆维吾尔自治区公安厅前党委书记',
    'Chinese government entity': '中国政府机构',
    'Paramilitary organization in the XUAR, subordinate to the Chinese Communist Party':
      '新疆维吾尔自治区境内隶属中国共产党的准军事组织',
    'Former Political Commissar of the XPCC': '新疆生产建设兵团前政委',
    'Deputy Party Secretary and Commander of the XPCC': '新疆生产建设兵团党委副书记、司令员',
    'Chief Executive, Hong Kong Special Administrative Region (HKSAR)': '香港特别行政区行政长官',
    'Commissioner of the Hong Kong Police Force (HKPF)': '香港警务处处长',
    'Former Commissioner of the HKPF': '香港警务处前处长',
    'HKSAR Secretary for Security': '香港特别行政区保安局局长',
    'HKSAR Secretary for Justice': '香港特别行政区律政司司长',
    'HKSAR Secretary for Constitutional and Mainland Affairs': '香港特别行政区政制及内地事务局局长',
    'Director of the Hong Kong and Macao Affairs Office of the State Council': '国务院港澳事务办公室主任',
    'Deputy Director of the Hong Kong and Macao Affairs Office of the State Council': '国务院港澳事务办公室副主任',
    'Director of the Hong Kong Liaison Office': '中央人民政府驻香港特别行政区联络办公室主任',
    'Director, Office for Safeguarding National Security in Hong Kong':
      '中央人民政府驻香港特别行政区维护国家安全公署署长',
    'Secretary General, Committee for Safeguarding National Security of the HKSAR':
      '香港特别行政区维护国家安全委员会秘书长',
    'Deputy Director of the Hong Kong and Macau Affairs Office (HKMAO)': '国务院港澳事务办公室副主任',
    'Head of the National Security Division of the Hong Kong Police Force': '香港警务处国家安全处负责人',
    'Deputy Director of the Office for Safeguarding National Security':
      '中央人民政府驻香港特别行政区维护国家安全公署副署长',
    'Senior Superintendent (National Security Division, Hong Kong Police Force)': '总警司（香港警务处国家安全处）',
    "Vice-Chairperson, National People's Congress Standing Committee (NPCSC)": '全国人大常委会副委员长',
    'Vice-Chairperson, NPCSC': '全国人大常委会副委员长',
    'Vice Chairman of the Central Leading Group on Hong Kong and Macau Affairs': '中央港澳工作领导小组副组长',
    'Deputy Director of the Office for Safeguarding National Security in the HKSAR':
      '中央人民政府驻香港特别行政区维护国家安全公署副署长',
    "Hong Kong delegate to the National People's Congress Standing Committee": '来自香港的全国人大常委会委员',
    'Official in the National Security Division of the Hong Kong Police': '香港警务处国家安全处官员',
    'Secretary of the Party Committee of the Xinjiang Production and Construction Corps (XPCC)':
      '新疆生产建设兵团党委书记',
    'Director of the Xinjiang Public Security Bureau (XPSB)': '新疆维吾尔自治区公安厅厅长',
    "Deputy Director, Liaison Office of the Central People's Government in the HKSAR":
      '中央人民政府驻香港特别行政区联络办公室副主任',
    'Former Party Secretary of the Tibet Autonomous Region (TAR), 2016-2021': '西藏自治区前党委书记（2016–2021年）',
    'Director of the Tibetan Public Security Bureau (since 2018, through at least November 2022)':
      '西藏自治区公安厅厅长（2018年起，至少任职至2022年11月）',
    'Secretary-General, Committee for Safeguarding National Security of the HKSAR':
      '香港特别行政区维护国家安全委员会秘书长',
    'Director, Office for Safeguarding National Security in the HKSAR':
      '中央人民政府驻香港特别行政区维护国家安全公署署长',
    'Assistant Commissioner of Police (National Security), Hong Kong Police Force': '香港警务处助理处长（国家安全）',
    'Commissioner of Police, Hong Kong Police Force': '香港警务处处长',
    'Secretary for Justice, HKSAR': '香港特别行政区律政司司长',
    'Party Secretary of the Xinjiang Uyghur Autonomous Region': '新疆维吾尔自治区党委书记',
    'Party Secretary of the Xinjiang Political and Legal Committee': '新疆维吾尔自治区党委政法委员会书记',
    'Party Secretary of the Xinjiang Public Security Bureau': '新疆维吾尔自治区公安厅党委书记',
    'Chief of the Xiamen Public Security Bureau Wucun Police Station': '厦门市公安局梧村派出所所长',
    'Former Office Director of the Chengdu "Central Leading Group on Preventing and Dealing with Heretical Religions" (the "610 Office")':
      '成都市“防范和处理邪教问题领导小组”办公室（“610办公室”）前主任',
    'Chairman of the Xinjiang Uyghur Autonomous Region, 2018-2021': '新疆维吾尔自治区主席（2018–2021年）',
    'Chairman (acting) of the Xinjiang Uyghur Autonomous Region, previously Vice Chairman':
      '新疆维吾尔自治区代主席，此前任副主席',
    'Deputy Office Director, Xinjiang Work Coordination Small Group of the Party Central Committee':
      '中央新疆工作协调小组办公室副主任',
    'Leader of the Yili Kazakh Autonomous Prefecture Public Security Bureau; Yili vice governor':
      '伊犁哈萨克自治州公安局局长；伊犁州副州长',
  },
  presets: {
    // Not a preset: the scenario a claim in scenarios/claims.json is tested against, written there.
    'party-members-2023': {
      title: '2023年底全体党员',
      description:
        '众议院于2024年9月通过《制裁中共法》（STOP CCP Act）之前公布的党员人数：2023年底党内统计公报的总数。只计党员本人，不含亲属。',
      scopes: { members: { label: '全体党员（2023年底）' } },
    },
    'scope-ladder': {
      title: '范围阶梯：从四名被点名官员到全体党员及其家属',
      description:
        '2020年至2024年间讨论过的各种制裁范围，从小到大排列，每个范围都涵盖群体中的所有人：被点名的官员、中央政治局常务委员会、中央政治局、包括和不包括成年家庭成员的中央委员会（《制裁中共法》的规定）、全体党员，以及全体党员及其直系亲属（2020年12月的规定）。凡规定未界定家属范围之处，每一种解读均予列出。',
      scopes: {
        'named-officials': { label: '被点名官员（全球马格尼茨基，2020年7月）' },
        'standing-committee': { label: '中央政治局常务委员会' },
        politburo: { label: '中央政治局' },
        'central-committee': { label: '中央委员会' },
        'central-committee-families': { label: '中央委员会及成年家庭成员' },
        'all-members': { label: '全体党员' },
        'all-members-families': {
          label: '全体党员及其直系亲属',
          description: '2020年12月签证规定的范围，按配偶及21岁以下子女解读；“直系亲属”的其他解读并列显示。',
        },
      },
    },
    'magnitsky-2020': {
      title: '2020年7月9日的新疆制裁：全球马格尼茨基资产冻结与第7031(c)条入境禁令',
      description:
        '2020年7月9日，美国财政部冻结了四名新疆现任或前任官员（其中包括自治区党委书记陈全国）以及新疆维吾尔自治区公安厅的财产。同一天，美国国务院禁止其中三人“及其直系亲属”入境美国。两项措施，两个范围：资产冻结只涉及这四个人；入境禁令涉及三人以及法律未加界定的亲属，按每一种解读分别列出。',
      scopes: {
        'xinjiang-officials': {
          label: '资产冻结：四名官员',
          description:
            '陈全国、朱海仑、王明山和霍留军（全球马格尼茨基，第13818号行政令）；新疆维吾尔自治区公安厅计为一个实体。资产冻结只涉及被点名者本人，不涉及其家属。',
        },
        'xinjiang-entry-bar': {
          label: '入境禁令：三名官员及其直系亲属',
          description:
            '陈全国、朱海仑和王明山“及其直系亲属”（第7031(c)条），按配偶及各年龄子女解读；其他解读并列显示。',
        },
      },
    },
    'stop-ccp-act': {
      title: '《制裁中共法》（STOP CCP Act，H.R. 3334），2024年9月众议院通过',
      description:
        '总统认定有应受制裁行为的中央委员会委员和候补委员，以及每一名“成年家庭成员，包括配偶或配偶的成年家庭成员”：冻结财产并拒发签证。法案没有界定“成年家庭成员”，因此每一种解读均予列出。2024年9月25日众议院以243票对174票通过；已提交参议院外交关系委员会；未成为法律。',
      scopes: {
        'cc-with-finding': {
          label: '被认定有应受制裁行为的中央委员会成员及其成年家庭成员',
          description:
            '被认定有应受制裁行为的第二十届中央委员会成员及其成年家庭成员（按配偶、成年子女、父母、兄弟姐妹以及配偶的父母和兄弟姐妹解读；其他解读并列显示），减去因放弃党籍而解除制裁的人。',
        },
        'cc-all': {
          label: '全部376名中央委员会委员和候补委员及其成年家庭成员',
          description: '上限：每一名委员和候补委员都被认定有应受制裁行为。',
        },
      },
    },
    'visa-rule-2020': {
      title: '美国国务院针对党员的签证规定（2020年12月）',
      description:
        '自2020年12月2日起，党员“及其直系亲属”的B-1/B-2访问签证有效期缩短为一个月，且仅限单次入境（未吊销任何签证）。美国国务院没有界定直系亲属；该规定的脚注被解读为涵盖配偶及21岁以下子女，即此处显示的解读，其他解读并列显示。',
      scopes: {
        'members-spouses-children-under-21': { label: '党员及其直系亲属' },
      },
    },
    'member-visa-ban-2020': {
      title: '对全体党员及其家属的签证禁令（2020年7月的讨论）',
      description:
        '2020年7月，白宫曾考虑禁止全部9200万名党员及其家属入境美国。哪些亲属算在内从未明确，因此家属按这个词的每一种解读分别列出，从仅限配偶到大家庭；另列仅计党员本人的结果以供比较。',
      scopes: {
        members: { label: '全体党员（2019年底）' },
        'members-and-families': {
          label: '党员及其家属',
          description: '按配偶及各年龄子女解读；“他们的家属”的其他每一种解读都在旁边一并估算。',
        },
      },
    },
  },
};
