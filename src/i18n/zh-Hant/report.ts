// Made by `npm run i18n:hant` from ../zh-Hans/report.ts: edit that file, not this one.
import { formatCount } from '../../format/formatCount';
import { formatExactPeople, formatPeople, formatPeopleRange } from '../../format/formatPeople';
import { formatRatio } from '../../format/formatRatio';
import { formatShare } from '../../format/formatShare';
import type { Translations } from '../translations';

/** A date as Chinese writes it: "2026年11月24日", in UTC as the rest of a citation is. */
const day = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
/** A CSV range's three columns. */
const range = (name: string) => [`${name}低值`, `${name}最可能值`, `${name}高值`];

/** The report area's words in Traditional Chinese. */
export const report: Translations['report'] = {
  reachExact: (count) => `${formatExactPeople(count, 'zh-Hant')}人`,
  reachAbout: (reach) =>
    `約${formatPeople(reach.median, 'zh-Hant')}人（${formatPeopleRange(reach.p05, reach.p95, 'zh-Hant')}）`,
  findingRatio: (who, reach, ratio, base) => `${who}將波及${reach}，為“${base}”的${formatRatio(ratio, 'zh-Hant')}。`,
  findingShare: (who, reach, share) => `${who}將波及${reach}，佔中國人口的${formatShare(share)}。`,
  findingReading: (words, label, readings, low, high) =>
    `${label === undefined ? `“${words}”採用讀者自定的解讀` : `“${words}”按${label}解讀`}；該詞共有${readings}種解讀，結果為${formatPeopleRange(low, high, 'zh-Hant')}人。`,

  scratch: '自行構建的情景，並非Sanction Scope預設情景：標題、說明和各範圍名稱均由其作者撰寫。',
  modifiedTitle: (title) => `${title}（已修改）`,
  modified: (preset, listed, more) =>
    listed.length === 0
      ? `改自預設情景${preset}。`
      : `改自預設情景${preset}：${listed.join('；')}${more > 0 ? `；另有${more}處更改` : ''}。`,

  sourceLine: (provenance, run) => `${provenance}來源：Sanction Scope估算，${run}`,
  run: (catalogue, draws, seed) =>
    `數據目錄${catalogue}；${formatCount(draws)}次抽樣的中位數和90%區間（隨機種子${seed}）。`,
  credit: '數據：中國共產黨黨內統計公報、中國人口普查和國家統計數據，以及美國財政部和國務院的制裁認定。',
  intervalNote: '90%區間只反映輸入數據的不確定性，不涵蓋哪些親屬應當計入（按不同解讀分別列出），也不涵蓋模型形式本身。',

  later: {
    intervalIncludes:
      '所有不確定輸入的取值範圍，並將其多次聯合抽樣：婚姻、生育和存活，家庭成員在黨員中的聚集程度和共同親屬的重疊程度，以及群體規模、符合法定標準的比例和豁免比例。婚姻和生育兩類輸入按相關方式抽樣，因為二者的誤差很可能同源。',
    intervalLeavesOut: [
      '法律或說法涵蓋哪些親屬：每種解讀分別估算，各解讀之間的範圍列在區間旁邊',
      '模型本身的形式：親屬關係公式、生育年齡分佈和共同親屬的計算方式，超出其輸入取值範圍的部分',
      '官方統計數字本身的誤差（黨內統計公報、人口數據）',
      '居住在中國境外的親屬：他們計入波及人數，但不屬於中國人口',
    ],
    intervalCoverage: (includes, leavesOut) => `90%區間涵蓋${includes}不涵蓋：${leavesOut.join('；')}。`,

    scope: '範圍',
    tableNote: (draws, seed, intervalNote) =>
      `${formatCount(draws)}次抽樣（隨機種子${seed}）的中位數和90%區間；不確定的人數保留三位有效數字。${intervalNote}各範圍的數字按其下方說明所述、對未加定義的親屬用詞的解讀計算。`,
    everyColumn: (count) => `顯示全部列（${count}）`,
    tableCaption: '各範圍的波及人數',
    columns: {
      reach: '波及人數（90%區間）',
      share: '佔中國人口比例',
      relatives: '每名成員的親屬數',
      core: '直接受制裁人數',
      entities: '實體數',
      naive: '簡單加總（未扣除共同親屬）',
      across: '“親屬”各種解讀下',
      adults: '佔成年人口比例',
      perYear: '每年受限人數',
    },
    acrossReadings: (low, high, readings) => `${formatPeopleRange(low, high, 'zh-Hant')}（${readings}種解讀）`,
    perYear: (measure, people) => `${measure}：${people}`,
    perYearSeparator: '；',

    estimatingDraws: '正在估算區間背後的抽樣……',
    tornadoTitle: (scope) => `哪些因素影響“${scope}”的波及人數`,
    correlationCaption: '各輸入的抽樣值與波及人數的秩相關係數（−1至1）',
    input: '輸入',
    spearman: '斯皮爾曼ρ',
    workingOut: '正在計算哪些輸入影響波及人數……',
    histogramTitle: (scope, draws) => `“${scope}”在${formatCount(draws)}次抽樣中各次的波及人數`,

    masthead: '：如果一國政府制裁這一群體，實際會波及多少人？',
    stale:
      '這些數字對應的是最近一次修改之前的情景：打印時該修改尚未估算完畢。請重新打印以獲得修改後的數字。下方鏈接指向包含該修改的情景。',
    assumptions: '假設',
    year: '年份',
    legalTest: '符合法定標準',
    waived: '獲豁免',
    measures: '措施：每年觸及比例',
    relativesCounted: '計入的親屬',
    none: '無',
    relationList: (names) => names.join('、'),
    kinshipModel: '親屬關係模型（用於估算親屬）：最可能值（範圍）',
    citeAs: '引用格式：',

    cite: {
      run: (catalogue, seed, draws) => `數據目錄${catalogue}；隨機種子${seed}，${formatCount(draws)}次抽樣`,
      apa: (c) =>
        `Sanction Scope. (${c.year}). ${c.title} [估算，版本${c.version}；${c.run}]。${c.provenance.trim()}${c.credit}檢索於${day(c.accessed)}，來源：${c.url}`,
      chicago: (c) =>
        `Sanction Scope. ${c.year}. “${c.title}”。估算，版本${c.version}；${c.run}。${c.provenance.trim()}${c.credit}訪問日期：${day(c.accessed)}。${c.url}.`,
      note: (c) => `估算，版本${c.version}；${c.run}。${c.provenance.trim()}${c.credit}`,
      language: 'Chinese',
    },

    csvHeader: (demographic) => [
      '範圍ID',
      '範圍',
      '年份',
      '直接受制裁人數p05',
      '直接受制裁人數中位數',
      '直接受制裁人數p95',
      '實體數',
      '每名成員親屬數中位數',
      '簡單加總中位數',
      '波及人數中位數',
      '波及人數p05',
      '波及人數p95',
      '占人口比例中位數',
      '占人口比例p05',
      '占人口比例p95',
      '佔成年人口比例中位數',
      '每年受簽證禁令限制人數中位數',
      '每年受資產凍結限制人數中位數',
      '基礎群體',
      '計入的親屬',
      '未加定義的親屬用詞',
      '解讀',
      '各解讀下波及人數的最低中位數',
      '各解讀下波及人數的最高中位數',
      ...range('符合法定標準的比例'),
      ...range('豁免比例'),
      ...range('簽證禁令每年觸及比例'),
      ...range('資產凍結每年觸及比例'),
      ...demographic.flatMap(range),
      '隨機種子',
      '抽樣次數',
      '數據目錄',
      '情景',
      '來源說明',
      '鏈接',
      '90%區間涵蓋的內容',
    ],
    csvDesignations: (rounds) => `制裁認定${rounds.join(' ')}`,
    csvCustom: (label) => `自定義：${label}`,
    csvOwnReading: '情景自定的解讀',
    csvAsPublished: '按原樣發佈的Sanction Scope預設情景。',
  },
};
