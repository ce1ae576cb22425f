import type { Translations } from '../translations';

/** Chinese numerals for the fractions the claims name ("a quarter": 四分之一). */
const NUMERALS: Record<number, string> = { 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 10: '十' };

/** The claims area's words in Simplified Chinese. */
export const claims: Translations['claims'] = {
  // The quotes stay as published; each claim's translation and the text about it, by claim id.
  said: {
    'lohman-quarter-of-population': {
      name: '算上家属……等于禁止四分之一的中国人口访问美国',
      quote: '算上他们的家属，那就等于禁止四分之一的中国人口访问美国。',
      who: 'Walter Lohman',
      by: 'Walter Lohman，The Daily Signal',
      context:
        '针对2020年7月考虑中的一项禁止入境措施而言：对象是全部9200万党员及其家属，当时尚无任何规定说明哪些亲属计入。按2019年底的党员人数，在“他们的家属”的每种解读下检验。',
    },
    'lohman-bigger-than-most-countries': {
      name: '中共有9200万党员，比世界上大多数国家都大',
      quote: '但中国共产党有9200万党员，比世界上大多数国家都大。',
      who: 'Walter Lohman',
      by: 'Walter Lohman，The Daily Signal',
      context:
        '把党员人数与各国人口相比较。全世界195个国家（193个联合国会员国和2个观察员国）中，若超过一半的国家人口少于党员人数，即人口不少于党员人数的国家至多97个，“比大多数国家都大”便成立。按2019年底的党员人数和世界银行2024年的人口数据计算：排名第16的越南有1.01亿人，排名第17的伊朗有9160万人。',
    },
    'matador-up-to-270-million': {
      name: '旅行禁令可能波及多达2.7亿人',
      quote: '该党有9200万党员，但旅行禁令可能波及多达2.7亿人',
      who: 'Eben Diskin',
      by: 'Eben Diskin，Matador Network',
      context:
        '这一数字是美国政府内部对党员“及其家属”人数的估计，由《纽约时报》于2020年7月15日首先报道；其推算方法从未公布。2.7亿相当于每名党员2.93人：每人有一名配偶，另有约一名其他亲属，且无人被重复计算。在“他们的家属”的每种解读下检验。',
    },
    'vision-times-up-to-a-fifth': {
      name: '……总计2.7亿人，最多占中国人口的五分之一',
      quote: '旅行禁令还可能波及党员的家庭成员，总计2.7亿人，最多占中国人口的五分之一',
      who: 'Vision Times（该句称消息来自《华尔街日报》2020年7月16日的报道）',
      by: 'Vision Times',
      note: '这段话是Vision Times自己的表述。该句开头写道“《华尔街日报》7月16日也报道了类似消息”，因此这一数字只是间接地归于《华尔街日报》；未能找到该报的原文。',
      context: '同样的2.7亿人，换算成占中国人口的比例（2.7亿占14.0亿的19.3%）。在“他们的家属”的每种解读下检验。',
    },
    'blanchette-nearly-10-percent': {
      name: '这将针对接近10%的中国总人口',
      quote: '这将针对接近10%的中国总人口',
      who: 'Jude Blanchette（战略与国际研究中心）',
      by: 'Jude Blanchette，《纽约时报》引述',
      note: '引语核对自雅虎新闻转载的《纽约时报》文章摘要（https://news.yahoo.com/trump-administration-reportedly-considering-travel-024500048.html），这是一份转载副本；《纽约时报》原网页未曾读到。',
      context:
        '针对当时考虑中的、涉及党员及其家属的禁令而言。前一句说的是“针对全体党员”，因此他是否把家属算在内并不清楚：这一说法既按党员本人检验，也在“他们的家属”的每种解读下检验。“中国总人口”一语排除了按成年人口比例来理解。',
    },
    'nyt-roughly-270-million': {
      name: '……可能影响约2.7亿人的出行',
      quote: '原则上，这一政策变化可能影响约2.7亿人的出行——中国约有9200万中共党员',
      who: 'Paul Mozur与Raymond Zhong',
      by: 'Paul Mozur与Raymond Zhong，《纽约时报》',
      note: '无网址：未能找到《纽约时报》原网页，这段文字以该文的转载版本为准。后来的版本把这一数字归于“基于9200万共产党员人数的美国政府估计”。这一数字是2020年7月对一项针对党员及其家属的禁令所作的估计，在12月新规宣布时再次被引用。',
      context:
        '针对美国国务院2020年12月对党员“及其直系亲属”的签证限制而言；该规定的脚注被理解为界定了直系亲属的范围：配偶和21岁以下子女。先列这一解读，其后是对“直系亲属”的其他各种解读。',
    },
    'epoch-times-nearly-one-billion-members': {
      name: '这个庞大组织中近十亿的中共党员',
      quote: '至于这个庞大组织中近十亿的中共党员',
      who: '《大纪元时报》，转述一位北京律师的观点（该报以化名Gao Shenghua引述）',
      by: '《大纪元时报》',
      note: '无网址：未能找到该报道的中文原文，引语出自其英文译本。日期据正文推断：文中称众议院2024年9月25日的表决为最近之事。',
      context:
        '该报道发表时，最新的统计是2023年底党内统计公报的9918.5万名党员（2024年7月1日发布）。十亿是它的十倍；“近亿”（约1亿）可能在翻译中变成了“nearly one billion”（近十亿）（未与中文原文核对）。',
    },
  },
  date: (when) => {
    const [year, month, day] = when.split('-');
    return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  },
  translated: '（译文）',
  byYear: (by, year) => `${by}，${year}年`,

  fileProblem: (problems) => `无法读取说法文件：${problems}`,
  presetProblem: (error) => `无法下载用来检验这些说法的情景（${error}）；请重新加载页面再试。`,
  checking: '正在核查各项说法…',
  whoWhen: (who, when) => `${who}，${when}。`,
  source: '来源：',
  stop: '。',
  claimedLabel: '所称数字',
  verdictLabel: '结论',
  claimedLine: (claimed, reading) => `${claimed}。${reading}`,
  eachReading: (year) => `各种解读下的结果（${year}年）`,
  whoCounts: '计入哪些人',
  modelColumn: '模型：中位数（90%区间）',
  ownReading: '（该措施自身的界定）',
  openTest: '打开检验这一说法的情景',
  summary: {
    supported: '成立',
    'depends-on-reading': '取决于解读',
    'not-supported': '不成立',
    'too-high': '偏高',
    'too-low': '偏低',
  },

  supported: '成立',
  tooHigh: '偏高',
  tooLow: '偏低',
  withFactor: (verdict, factor) => `${verdict}（${factor}）`,
  times: (factor) => `${factor}倍`,
  outside: '超出整个区间',
  model: (subject, interval) => `模型估计${subject}为${interval}`,
  reason: (model, comparison) => `${model}；${comparison}。`,
  aboveAll: (claim) => `所称的${claim}高于整个90%区间`,
  timesMedian: (claim, factor) => `所称的${claim}是中位数的${factor}倍`,
  highEvenLow: (claim, low, factor) => `所称的${claim}偏高：即便是其下限${low}，也是中位数的${factor}倍`,
  belowAll: (claim) => `所称的${claim}低于整个90%区间`,
  lowTimes: (claim, factor) => `所称的${claim}偏低：中位数是它的${factor}倍`,
  lowEvenHigh: (claim, high, factor) => `所称的${claim}偏低：即便是其上限${high}，中位数也是它的${factor}倍`,
  within: (claim) => `所称的${claim}落在这一90%区间之内`,
  includes: (claim) => `所称的${claim}涵盖整个90%区间`,
  overlaps: (claim) => `所称的${claim}与这一90%区间重叠`,

  readingAs: (scope, reading) => `${scope}（亲属按“${reading}”理解）`,
  ofPopulation: (who) => `${who}占中国人口的比例`,
  ofAdults: (who) => `${who}占中国成年人口的比例`,
  membersOnly: (who) => `${who}（只计党员本人）`,
  countriesAsLarge: (who) => `人口不少于${who}的国家数`,
  countries: (count) => `${count}个国家`,

  withNumber: (reading, value) => `${reading}：${value}`,
  sentenceSep: '',
  listSep: '；',
  listAnd: '；以及',
  ownVerdict: (reading, how) => `按该措施自身的界定——${reading}——这一说法${how}。`,
  alsoMatches: (_n, readings) => `它还与以下解读相符：${readings}。`,
  noOther: '其他解读也都不支持它。',
  everyReading: (smallest, largest) => `在每种解读下都成立，从${smallest}到${largest}。`,
  dependsOn: (readings) => `结果取决于计入哪些亲属。与之相符的解读有：${readings}。`,
  missed: (high, n, nearest) =>
    n === 1
      ? `对一种解读${high ? '偏高' : '偏低'}：${nearest}。`
      : `对${n}种解读${high ? '偏高' : '偏低'}，其中最接近的是${nearest}。`,
  between: (below, above, high, low) =>
    `没有一种解读能得出这一数字：它介于${below}与${above}之间。对${high}种解读偏高，对${low}种解读偏低。`,
  highEvery: (widest) => `在每种解读下都偏高，即便是最宽的解读：${widest}。`,
  lowEvery: (narrowest) => `在每种解读下都偏低，即便是最窄的解读：${narrowest}。`,

  fraction: (denominator) => `${NUMERALS[denominator] ?? denominator}分之一`,
  about: (value, step, range) => `“约”${value}：按所述最后一位数字（${step}）四舍五入后等于它的任何数值：${range}。`,
  upTo: (value, range) => `“多达”${value}：该措施可能达到的上限，且四舍五入后等于这一数字：${range}。`,
  nearly: (value, step, range) => `“接近”${value}：略低于它，差距在${step}以内：${range}。`,
  aFraction: (fraction, smaller, larger, range) =>
    `“${fraction}”：比${smaller}或${larger}更接近${fraction}的任何比例：${range}。`,
  upToFraction: (fraction, smaller, range) =>
    `“多达${fraction}”：比${smaller}更接近${fraction}，且不超过${fraction}：${range}。`,
  atMost: (value, range) => `至多${value}：${range}。`,
  asStated: (range) => `按原话所述：${range}。`,
};
