// Made by `npm run i18n:hant` from ../zh-Hans/chartClaims.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The words of a claim's row on the reach chart in Traditional Chinese. */
export const chartClaims: Translations['chartClaims'] = {
  claimed: (range) => `說法：${range}`,
  claimSummary: (detail, name, range) => `一個說法（${detail}）：${name}，理解為${range}人`,
  claim: (name, detail, range) => `${name}（${detail}），${range}人`,
};
