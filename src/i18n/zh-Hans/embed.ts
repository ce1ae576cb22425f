import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** The embed's own words in Simplified Chinese. */
export const embed: Translations['embed'] = {
  details: '详情',
  open: '在 Sanction Scope 中打开',
  unreadable: '此图表链接的部分内容无法读取；这些部分显示预设情景的数值。',
  olderCatalogue: (older, current) =>
    `此图表链接是用数据目录 ${older} 制作的；图中数字使用当前目录 ${current}，可能与链接制作者当时看到的不同。`,
  acrossReadings: (label, range, count, words) => `${label}：对“${words}”的${formatCount(count)}种解读之间为${range}。`,
};
