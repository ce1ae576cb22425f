import type { Translations } from '../translations';

/** The words of a claim's row on the reach chart in Simplified Chinese. */
export const chartClaims: Translations['chartClaims'] = {
  claimed: (range) => `说法：${range}`,
  claimSummary: (detail, name, range) => `一个说法（${detail}）：${name}，理解为${range}人`,
  claim: (name, detail, range) => `${name}（${detail}），${range}人`,
};
