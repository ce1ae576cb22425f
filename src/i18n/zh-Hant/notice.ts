// Made by `npm run i18n:hant` from ../zh-Hans/notice.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** What could not be read from a link, in Traditional Chinese. */
export const notice: Translations['notice'] = {
  unused: '此鏈接有部分內容無法使用。',
  rest: '其餘內容均按分享時的原樣顯示。',
  known: (older, current, shown) =>
    `此鏈接是用數據目錄 ${older} 製作的，當前目錄為 ${current}。下方數字使用目錄 ${shown}。`,
  showOlder: (older) => `按原來的數字顯示（${older}）`,
  showCurrent: '改用當前數據顯示',
  unknown: (older, current) =>
    `此鏈接是用數據目錄 ${older} 製作的。此版本的 Sanction Scope 使用目錄 ${current}，其數據、模型或預設情景此後已有變動，無法再按該目錄顯示，因此下方是今天的數字，可能與鏈接製作者當時看到的不同。`,
  dismiss: '關閉',
};
