// Made by `npm run i18n:hant` from ../zh-Hans/embed.ts: edit that file, not this one.
import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The embed's own words in Traditional Chinese. */
export const embed: Translations['embed'] = {
  details: '詳情',
  open: '在 Sanction Scope 中打開',
  unreadable: '此圖表鏈接的部分內容無法讀取；這些部分顯示預設情景的數值。',
  olderCatalogue: (older, current) =>
    `此圖表鏈接是用數據目錄 ${older} 製作的；圖中數字使用當前目錄 ${current}，可能與鏈接製作者當時看到的不同。`,
  acrossReadings: (label, range, count, words) => `${label}：對“${words}”的${formatCount(count)}種解讀之間為${range}。`,
};
