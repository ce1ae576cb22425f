// Made by `npm run i18n:hant` from ../zh-Hans/startFailure.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The words of a page that could not start, in Traditional Chinese. */
export const startFailure: Translations['startFailure'] = {
  names: { app: 'Sanction Scope', chart: '此圖表' },
  failed: (pageName) => `${pageName} 無法加載。`,
  advice: '頁面的部分內容下載失敗。請檢查網絡連接後重試：地址中的情景會保留。',
  details: (detail) => `詳情：${detail}`,
  retry: '重試',
};
