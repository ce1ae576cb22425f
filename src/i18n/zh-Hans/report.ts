import { formatCount } from '../../format/formatCount';
import { formatExactPeople, formatPeople, formatPeopleRange } from '../../format/formatPeople';
import { formatRatio } from '../../format/formatRatio';
import { formatShare } from '../../format/formatShare';
import type { Translations } from '../translations';

/** A date as Chinese writes it: "2026年11月24日", in UTC as the rest of a citation is. */
const day = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
/** A CSV range's three columns. */
const range = (name: string) => [`${name}低值`, `${name}最可能值`, `${name}高值`];

/** The report area's words in Simplified Chinese. */
export const report: Translations['report'] = {
  reachExact: (count) => `${formatExactPeople(count, 'zh-Hans')}人`,
  reachAbout: (reach) =>
    `约${formatPeople(reach.median, 'zh-Hans')}人（${formatPeopleRange(reach.p05, reach.p95, 'zh-Hans')}）`,
  findingRatio: (who, reach, ratio, base) => `${who}将波及${reach}，为“${base}”的${formatRatio(ratio, 'zh-Hans')}。`,
  findingShare: (who, reach, share) => `${who}将波及${reach}，占中国人口的${formatShare(share)}。`,
  findingReading: (words, label, readings, low, high) =>
    `${label === undefined ? `“${words}”采用读者自定的解读` : `“${words}”按${label}解读`}；该词共有${readings}种解读，结果为${formatPeopleRange(low, high, 'zh-Hans')}人。`,

  scratch: '自行构建的情景，并非Sanction Scope预设情景：标题、说明和各范围名称均由其作者撰写。',
  modifiedTitle: (title) => `${title}（已修改）`,
  modified: (preset, listed, more) =>
    listed.length === 0
      ? `改自预设情景${preset}。`
      : `改自预设情景${preset}：${listed.join('；')}${more > 0 ? `；另有${more}处更改` : ''}。`,

  sourceLine: (provenance, run) => `${provenance}来源：Sanction Scope估算，${run}`,
  run: (catalogue, draws, seed) =>
    `数据目录${catalogue}；${formatCount(draws)}次抽样的中位数和90%区间（随机种子${seed}）。`,
  credit: '数据：中国共产党党内统计公报、中国人口普查和国家统计数据，以及美国财政部和国务院的制裁认定。',
  intervalNote: '90%区间只反映输入数据的不确定性，不涵盖哪些亲属应当计入（按不同解读分别列出），也不涵盖模型形式本身。',

  later: {
    intervalIncludes:
      '所有不确定输入的取值范围，并将其多次联合抽样：婚姻、生育和存活，家庭成员在党员中的聚集程度和共同亲属的重叠程度，以及群体规模、符合法定标准的比例和豁免比例。婚姻和生育两类输入按相关方式抽样，因为二者的误差很可能同源。',
    intervalLeavesOut: [
      '法律或说法涵盖哪些亲属：每种解读分别估算，各解读之间的范围列在区间旁边',
      '模型本身的形式：亲属关系公式、生育年龄分布和共同亲属的计算方式，超出其输入取值范围的部分',
      '官方统计数字本身的误差（党内统计公报、人口数据）',
      '居住在中国境外的亲属：他们计入波及人数，但不属于中国人口',
    ],
    intervalCoverage: (includes, leavesOut) => `90%区间涵盖${includes}不涵盖：${leavesOut.join('；')}。`,

    scope: '范围',
    tableNote: (draws, seed, intervalNote) =>
      `${formatCount(draws)}次抽样（随机种子${seed}）的中位数和90%区间；不确定的人数保留三位有效数字。${intervalNote}各范围的数字按其下方说明所述、对未加定义的亲属用词的解读计算。`,
    everyColumn: (count) => `显示全部列（${count}）`,
    tableCaption: '各范围的波及人数',
    columns: {
      reach: '波及人数（90%区间）',
      share: '占中国人口比例',
      relatives: '每名成员的亲属数',
      core: '直接受制裁人数',
      entities: '实体数',
      naive: '简单加总（未扣除共同亲属）',
      across: '“亲属”各种解读下',
      adults: '占成年人口比例',
      perYear: '每年受限人数',
    },
    acrossReadings: (low, high, readings) => `${formatPeopleRange(low, high, 'zh-Hans')}（${readings}种解读）`,
    perYear: (measure, people) => `${measure}：${people}`,
    perYearSeparator: '；',

    estimatingDraws: '正在估算区间背后的抽样……',
    tornadoTitle: (scope) => `哪些因素影响“${scope}”的波及人数`,
    correlationCaption: '各输入的抽样值与波及人数的秩相关系数（−1至1）',
    input: '输入',
    spearman: '斯皮尔曼ρ',
    workingOut: '正在计算哪些输入影响波及人数……',
    histogramTitle: (scope, draws) => `“${scope}”在${formatCount(draws)}次抽样中各次的波及人数`,

    masthead: '：如果一国政府制裁这一群体，实际会波及多少人？',
    stale:
      '这些数字对应的是最近一次修改之前的情景：打印时该修改尚未估算完毕。请重新打印以获得修改后的数字。下方链接指向包含该修改的情景。',
    assumptions: '假设',
    year: '年份',
    legalTest: '符合法定标准',
    waived: '获豁免',
    measures: '措施：每年触及比例',
    relativesCounted: '计入的亲属',
    none: '无',
    relationList: (names) => names.join('、'),
    kinshipModel: '亲属关系模型（用于估算亲属）：最可能值（范围）',
    citeAs: '引用格式：',

    cite: {
      run: (catalogue, seed, draws) => `数据目录${catalogue}；随机种子${seed}，${formatCount(draws)}次抽样`,
      apa: (c) =>
        `Sanction Scope. (${c.year}). ${c.title} [估算，版本${c.version}；${c.run}]。${c.provenance.trim()}${c.credit}检索于${day(c.accessed)}，来源：${c.url}`,
      chicago: (c) =>
        `Sanction Scope. ${c.year}. “${c.title}”。估算，版本${c.version}；${c.run}。${c.provenance.trim()}${c.credit}访问日期：${day(c.accessed)}。${c.url}.`,
      note: (c) => `估算，版本${c.version}；${c.run}。${c.provenance.trim()}${c.credit}`,
      language: 'Chinese',
    },

    csvHeader: (demographic) => [
      '范围ID',
      '范围',
      '年份',
      '直接受制裁人数p05',
      '直接受制裁人数中位数',
      '直接受制裁人数p95',
      '实体数',
      '每名成员亲属数中位数',
      '简单加总中位数',
      '波及人数中位数',
      '波及人数p05',
      '波及人数p95',
      '占人口比例中位数',
      '占人口比例p05',
      '占人口比例p95',
      '占成年人口比例中位数',
      '每年受签证禁令限制人数中位数',
      '每年受资产冻结限制人数中位数',
      '基础群体',
      '计入的亲属',
      '未加定义的亲属用词',
      '解读',
      '各解读下波及人数的最低中位数',
      '各解读下波及人数的最高中位数',
      ...range('符合法定标准的比例'),
      ...range('豁免比例'),
      ...range('签证禁令每年触及比例'),
      ...range('资产冻结每年触及比例'),
      ...demographic.flatMap(range),
      '随机种子',
      '抽样次数',
      '数据目录',
      '情景',
      '来源说明',
      '链接',
      '90%区间涵盖的内容',
    ],
    csvDesignations: (rounds) => `制裁认定${rounds.join(' ')}`,
    csvCustom: (label) => `自定义：${label}`,
    csvOwnReading: '情景自定的解读',
    csvAsPublished: '按原样发布的Sanction Scope预设情景。',
  },
};
