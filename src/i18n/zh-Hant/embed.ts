// Made by `npm run i18n:hant` from ../zh-Hans/embed.ts: edit that file, not this one.
import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The embed's own words in Traditional Chinese. */
export const embed: Translations['embed'] = {
  details: '詳情',
  open: '在 Sanction Scope 中打開',
  unreadable: '此圖表鏈接的部分內容無法讀取；這些部分顯示預設情景的數值。',
  acrossReadings: (label, range, count, words) => `${label}：對“${words}”的${formatCount(count)}種解讀之間為${range}。`,
};
