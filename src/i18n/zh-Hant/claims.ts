// Made by `npm run i18n:hant` from ../zh-Hans/claims.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** Chinese numerals for the fractions the claims name ("a quarter": 四分之一). */
const NUMERALS: Record<number, string> = { 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 10: '十' };

/** The claims area's words in Traditional Chinese. */
export const claims: Translations['claims'] = {
  // The quotes stay as published; each claim's translation and the text about it, by claim id.
  said: {
    'lohman-quarter-of-population': {
      name: '算上家屬……等於禁止四分之一的中國人口訪問美國',
      quote: '算上他們的家屬，那就等於禁止四分之一的中國人口訪問美國。',
      who: 'Walter Lohman',
      by: 'Walter Lohman，The Daily Signal',
      context:
        '針對2020年7月考慮中的一項禁止入境措施而言：對象是全部9200萬黨員及其家屬，當時尚無任何規定說明哪些親屬計入。按2019年底的黨員人數，在“他們的家屬”的每種解讀下檢驗。',
    },
    'lohman-bigger-than-most-countries': {
      name: '中共有9200萬黨員，比世界上大多數國家都大',
      quote: '但中國共產黨有9200萬黨員，比世界上大多數國家都大。',
      who: 'Walter Lohman',
      by: 'Walter Lohman，The Daily Signal',
      context:
        '把黨員人數與各國人口相比較。全世界195個國家（193個聯合國會員國和2個觀察員國）中，若超過一半的國家人口少於黨員人數，即人口不少於黨員人數的國家至多97個，“比大多數國家都大”便成立。按2019年底的黨員人數和世界銀行2024年的人口數據計算：排名第16的越南有1.01億人，排名第17的伊朗有9160萬人。',
    },
    'matador-up-to-270-million': {
      name: '旅行禁令可能波及多達2.7億人',
      quote: '該黨有9200萬黨員，但旅行禁令可能波及多達2.7億人',
      who: 'Eben Diskin',
      by: 'Eben Diskin，Matador Network',
      context:
        '這一數字是美國政府內部對黨員“及其家屬”人數的估計，由《紐約時報》於2020年7月15日首先報道；其推算方法從未公佈。2.7億相當於每名黨員2.93人：每人有一名配偶，另有約一名其他親屬，且無人被重複計算。在“他們的家屬”的每種解讀下檢驗。',
    },
    'vision-times-up-to-a-fifth': {
      name: '……總計2.7億人，最多佔中國人口的五分之一',
      quote: '旅行禁令還可能波及黨員的家庭成員，總計2.7億人，最多佔中國人口的五分之一',
      who: 'Vision Times（該句稱消息來自《華爾街日報》2020年7月16日的報道）',
      by: 'Vision Times',
      note: '這段話是Vision Times自己的表述。該句開頭寫道“《華爾街日報》7月16日也報道了類似消息”，因此這一數字只是間接地歸於《華爾街日報》；未能找到該報的原文。',
      context: '同樣的2.7億人，換算成佔中國人口的比例（2.7億佔14.0億的19.3%）。在“他們的家屬”的每種解讀下檢驗。',
    },
    'blanchette-nearly-10-percent': {
      name: '這將針對接近10%的中國總人口',
      quote: '這將針對接近10%的中國總人口',
      who: 'Jude Blanchette（戰略與國際研究中心）',
      by: 'Jude Blanchette，《紐約時報》引述',
      note: '引語核對自雅虎新聞轉載的《紐約時報》文章摘要（https://news.yahoo.com/trump-administration-reportedly-considering-travel-024500048.html），這是一份轉載副本；《紐約時報》原網頁未曾讀到。',
      context:
        '針對當時考慮中的、涉及黨員及其家屬的禁令而言。前一句說的是“針對全體黨員”，因此他是否把家屬算在內並不清楚：這一說法既按黨員本人檢驗，也在“他們的家屬”的每種解讀下檢驗。“中國總人口”一語排除了按成年人口比例來理解。',
    },
    'nyt-roughly-270-million': {
      name: '……可能影響約2.7億人的出行',
      quote: '原則上，這一政策變化可能影響約2.7億人的出行——中國約有9200萬中共黨員',
      who: 'Paul Mozur與Raymond Zhong',
      by: 'Paul Mozur與Raymond Zhong，《紐約時報》',
      note: '無網址：未能找到《紐約時報》原網頁，這段文字以該文的轉載版本為準。後來的版本把這一數字歸於“基於9200萬共產黨員人數的美國政府估計”。這一數字是2020年7月對一項針對黨員及其家屬的禁令所作的估計，在12月新規宣佈時再次被引用。',
      context:
        '針對美國國務院2020年12月對黨員“及其直系親屬”的簽證限制而言；該規定的腳註被理解為界定了直系親屬的範圍：配偶和21歲以下子女。先列這一解讀，其後是對“直系親屬”的其他各種解讀。',
    },
    'epoch-times-nearly-one-billion-members': {
      name: '這個龐大組織中近十億的中共黨員',
      quote: '至於這個龐大組織中近十億的中共黨員',
      who: '《大紀元時報》，轉述一位北京律師的觀點（該報以化名Gao Shenghua引述）',
      by: '《大紀元時報》',
      note: '無網址：未能找到該報道的中文原文，引語出自其英文譯本。日期據正文推斷：文中稱眾議院2024年9月25日的表決為最近之事。',
      context:
        '該報道發表時，最新的統計是2023年底黨內統計公報的9918.5萬名黨員（2024年7月1日發佈）。十億是它的十倍；“近億”（約1億）可能在翻譯中變成了“nearly one billion”（近十億）（未與中文原文核對）。',
    },
  },
  date: (when) => {
    const [year, month, day] = when.split('-');
    return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  },
  translated: '（譯文）',
  byYear: (by, year) => `${by}，${year}年`,

  fileProblem: (problems) => `無法讀取說法文件：${problems}`,
  presetProblem: (error) => `無法下載用來檢驗這些說法的情景（${error}）；請重新加載頁面再試。`,
  checking: '正在核查各項說法…',
  whoWhen: (who, when) => `${who}，${when}。`,
  source: '來源：',
  stop: '。',
  claimedLabel: '所稱數字',
  verdictLabel: '結論',
  claimedLine: (claimed, reading) => `${claimed}。${reading}`,
  eachReading: (year) => `各種解讀下的結果（${year}年）`,
  whoCounts: '計入哪些人',
  modelColumn: '模型：中位數（90%區間）',
  ownReading: '（該措施自身的界定）',
  openTest: '打開檢驗這一說法的情景',
  summary: {
    supported: '成立',
    'depends-on-reading': '取決於解讀',
    'not-supported': '不成立',
    'too-high': '偏高',
    'too-low': '偏低',
  },

  supported: '成立',
  tooHigh: '偏高',
  tooLow: '偏低',
  withFactor: (verdict, factor) => `${verdict}（${factor}）`,
  times: (factor) => `${factor}倍`,
  outside: '超出整個區間',
  model: (subject, interval) => `模型估計${subject}為${interval}`,
  reason: (model, comparison) => `${model}；${comparison}。`,
  aboveAll: (claim) => `所稱的${claim}高於整個90%區間`,
  timesMedian: (claim, factor) => `所稱的${claim}是中位數的${factor}倍`,
  highEvenLow: (claim, low, factor) => `所稱的${claim}偏高：即便是其下限${low}，也是中位數的${factor}倍`,
  belowAll: (claim) => `所稱的${claim}低於整個90%區間`,
  lowTimes: (claim, factor) => `所稱的${claim}偏低：中位數是它的${factor}倍`,
  lowEvenHigh: (claim, high, factor) => `所稱的${claim}偏低：即便是其上限${high}，中位數也是它的${factor}倍`,
  within: (claim) => `所稱的${claim}落在這一90%區間之內`,
  includes: (claim) => `所稱的${claim}涵蓋整個90%區間`,
  overlaps: (claim) => `所稱的${claim}與這一90%區間重疊`,

  readingAs: (scope, reading) => `${scope}（親屬按“${reading}”理解）`,
  ofPopulation: (who) => `${who}佔中國人口的比例`,
  ofAdults: (who) => `${who}佔中國成年人口的比例`,
  membersOnly: (who) => `${who}（只計黨員本人）`,
  countriesAsLarge: (who) => `人口不少於${who}的國家數`,
  countries: (count) => `${count}個國家`,

  withNumber: (reading, value) => `${reading}：${value}`,
  sentenceSep: '',
  listSep: '；',
  listAnd: '；以及',
  ownVerdict: (reading, how) => `按該措施自身的界定——${reading}——這一說法${how}。`,
  alsoMatches: (_n, readings) => `它還與以下解讀相符：${readings}。`,
  noOther: '其他解讀也都不支持它。',
  everyReading: (smallest, largest) => `在每種解讀下都成立，從${smallest}到${largest}。`,
  dependsOn: (readings) => `結果取決於計入哪些親屬。與之相符的解讀有：${readings}。`,
  missed: (high, n, nearest) =>
    n === 1
      ? `對一種解讀${high ? '偏高' : '偏低'}：${nearest}。`
      : `對${n}種解讀${high ? '偏高' : '偏低'}，其中最接近的是${nearest}。`,
  between: (below, above, high, low) =>
    `沒有一種解讀能得出這一數字：它介於${below}與${above}之間。對${high}種解讀偏高，對${low}種解讀偏低。`,
  highEvery: (widest) => `在每種解讀下都偏高，即便是最寬的解讀：${widest}。`,
  lowEvery: (narrowest) => `在每種解讀下都偏低，即便是最窄的解讀：${narrowest}。`,

  fraction: (denominator) => `${NUMERALS[denominator] ?? denominator}分之一`,
  about: (value, step, range) => `“約”${value}：按所述最後一位數字（${step}）四捨五入後等於它的任何數值：${range}。`,
  upTo: (value, range) => `“多達”${value}：該措施可能達到的上限，且四捨五入後等於這一數字：${range}。`,
  nearly: (value, step, range) => `“接近”${value}：略低於它，差距在${step}以內：${range}。`,
  aFraction: (fraction, smaller, larger, range) =>
    `“${fraction}”：比${smaller}或${larger}更接近${fraction}的任何比例：${range}。`,
  upToFraction: (fraction, smaller, range) =>
    `“多達${fraction}”：比${smaller}更接近${fraction}，且不超過${fraction}：${range}。`,
  atMost: (value, range) => `至多${value}：${range}。`,
  asStated: (range) => `按原話所述：${range}。`,
};
