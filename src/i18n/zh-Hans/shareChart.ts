import type { Translations } from '../translations';

/** The share chart's words in Simplified Chinese. */
export const shareChart: Translations['shareChart'] = {
  basis: { population: '中国人口', adults: '中国成年人口' },
  title: (basis) => `各范围波及人数占${basis}的比例`,
  measure: (basis) => `占${basis}的比例`,
  axis: (measure) => `${measure}（中位数及90%区间）`,
  summary: (label, share, basis) => `${label}：占${basis}的${share}`,
  scale: (basis, end) => `以占${basis}的比例表示，刻度从0到${end}`,
  row: (label, share) => `${label}，${share}`,
};
