import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The charts' words in Simplified Chinese. */
export const chart: Translations['chart'] = {
  key: '图例',
  list: '；',
  sentences: '',
  rows: {
    median: (measure) => `${measure}（中位数）`,
    interval: '90%区间',
    core: '直接被制裁的人',
    ghost: '预设情景的数值（修改前）',
    reference: '对照人口',
    claim: '公共讨论中的说法：其措辞所允许的范围',
    referenceFull: (name, count, asOf) => `${name}：${count}人（${asOf}年）`,
    noScopes: '没有可显示的范围。',
    scopesOn: (count, scale) => `${formatCount(count)}个范围，${scale}。`,
    one: (row) => `${row}。`,
    smallest: (row) => `最小：${row}。`,
    largest: (row) => `最大：${row}。`,
    bracketed: '括号内为90%区间。',
  },
  reach: {
    measure: '波及人数',
    axisLog: ['波及人数（对数刻度：每条网格线是前一条的10倍）', '波及人数（对数刻度）'],
    axisLinear: ['波及人数（线性刻度，从0起）', '波及人数'],
    exact: (count) => `${count}人`,
    about: (median, range) => `约${median}人${range ? `（${range}）` : ''}`,
    approx: (median, range) => `≈ ${median}${range ? `（${range}）` : ''}`,
    changed: (change) => `；较预设情景${change}`,
    changedFrom: (change, origin) => `；较预设情景的${origin}${change}`,
    relatives: (percent) => `，其中${percent}%是被波及的亲属`,
    rowInWords: (label, reach, share) => `${label}，${reach}，占中国人口的${share}`,
    logScale: (population) => `对数刻度，从1人到中国人口${population}`,
    linearScale: (end) => `线性刻度，从0到${end}人`,
    references: (lines) => `参照线：${lines}。`,
    reference: (name, value) => `${name}，${value}`,
    claims: (claims) => `公共讨论中的说法，各列于其所指的范围之下：${claims}。`,
  },
};
