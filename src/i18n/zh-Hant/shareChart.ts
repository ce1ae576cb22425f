// Made by `npm run i18n:hant` from ../zh-Hans/shareChart.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The share chart's words in Traditional Chinese. */
export const shareChart: Translations['shareChart'] = {
  basis: { population: '中國人口', adults: '中國成年人口' },
  title: (basis) => `各範圍波及人數佔${basis}的比例`,
  measure: (basis) => `佔${basis}的比例`,
  axis: (measure) => `${measure}（中位數及90%區間）`,
  summary: (label, share, basis) => `${label}：佔${basis}的${share}`,
  scale: (basis, end) => `以佔${basis}的比例表示，刻度從0到${end}`,
  row: (label, share) => `${label}，${share}`,
};
