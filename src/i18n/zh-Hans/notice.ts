import type { Translations } from '../translations';

/** What could not be read from a link, in Simplified Chinese. */
export const notice: Translations['notice'] = {
  unused: '此链接有部分内容无法使用。',
  rest: '其余内容均按分享时的原样显示。',
  known: (older, current, shown) =>
    `此链接是用数据目录 ${older} 制作的，当前目录为 ${current}。下方数字使用目录 ${shown}。`,
  showOlder: (older) => `按原来的数字显示（${older}）`,
  showCurrent: '改用当前数据显示',
  unknown: (older, current) =>
    `此链接是用数据目录 ${older} 制作的。此版本的 Sanction Scope 使用目录 ${current}，其数据、模型或预设情景此后已有变动，无法再按该目录显示，因此下方是今天的数字，可能与链接制作者当时看到的不同。`,
  dismiss: '关闭',
};
