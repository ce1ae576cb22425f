// Made by `npm run i18n:hant` from ../zh-Hans/chart.ts: edit that file, not this one.
import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The charts' words in Traditional Chinese. */
export const chart: Translations['chart'] = {
  key: '圖例',
  list: '；',
  sentences: '',
  rows: {
    median: (measure) => `${measure}（中位數）`,
    interval: '90%區間',
    core: '直接被制裁的人',
    ghost: '預設情景的數值（修改前）',
    reference: '對照人口',
    claim: '公共討論中的說法：其措辭所允許的範圍',
    referenceFull: (name, count, asOf) => `${name}：${count}人（${asOf}年）`,
    noScopes: '沒有可顯示的範圍。',
    scopesOn: (count, scale) => `${formatCount(count)}個範圍，${scale}。`,
    one: (row) => `${row}。`,
    smallest: (row) => `最小：${row}。`,
    largest: (row) => `最大：${row}。`,
    bracketed: '括號內為90%區間。',
  },
  reach: {
    measure: '波及人數',
    axisLog: ['波及人數（對數刻度：每條網格線是前一條的10倍）', '波及人數（對數刻度）'],
    axisLinear: ['波及人數（線性刻度，從0起）', '波及人數'],
    exact: (count) => `${count}人`,
    about: (median, range) => `約${median}人${range ? `（${range}）` : ''}`,
    approx: (median, range) => `≈ ${median}${range ? `（${range}）` : ''}`,
    changed: (change) => `；較預設情景${change}`,
    changedFrom: (change, origin) => `；較預設情景的${origin}${change}`,
    relatives: (percent) => `，其中${percent}%是被波及的親屬`,
    rowInWords: (label, reach, share) => `${label}，${reach}，佔中國人口的${share}`,
    logScale: (population) => `對數刻度，從1人到中國人口${population}`,
    linearScale: (end) => `線性刻度，從0到${end}人`,
    references: (lines) => `參照線：${lines}。`,
    reference: (name, value) => `${name}，${value}`,
    claims: (claims) => `公共討論中的說法，各列於其所指的範圍之下：${claims}。`,
  },
};
