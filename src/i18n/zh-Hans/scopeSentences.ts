import { formatExactPeople, formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { formatOneIn, formatShare } from '../../format/formatShare';
import type { Translations } from '../translations';

/** "约3,610（3,350–3,890）" as "约3,610人（3,350–3,890）": 人 after the median. */
const withPeople = (count: string) => count.replace(/（|$/, (bracket) => `人${bracket}`);

/** Each scope's result in one sentence, in Simplified Chinese. */
export const scopeSentences: Translations['scopeSentences'] = {
  summary: (reach, core, relatives, share) => {
    const count = withPeople(formatPeopleInterval(reach, 'zh-Hans'));
    return `波及${reach.p05 === reach.p95 ? '' : '约'}${count}：${core}${relatives}；${share}。`;
  },
  coreCount: (count, exact) => (exact ? formatExactPeople(count, 'zh-Hans') : `约${formatPeople(count, 'zh-Hans')}`),
  coreNamed: (people, entities) => `被点名官员${people}人${entities > 0 ? `（另有${entities}个实体）` : ''}`,
  coreCustom: (count, label) => `${count}人（${label}）`,
  coreGroup: (count, group, whole) => `${group}${count}人${whole ? '' : '（符合法定标准者）'}`,
  noRelatives: '，不含亲属',
  relatives: (each, which) => `，每人平均约有${each}名亲属计入（${which}）`,
  relativesList: (names) => names.join('、'),
  relativesReading: (reading, readings, low, high) =>
    `${reading}；该词${readings}种解读下为${formatPeopleRange(low, high, 'zh-Hans')}人`,
  oneReading: (label, words) => `${label}：“${words}”的一种解读`,
  ownReading: (relatives, words) => `${relatives}：读者对“${words}”的自定解读`,
  shareOneIn: (share) => `约占中国人口的${formatOneIn(share, 'zh-Hans')}`,
  sharePercent: (share) => `占中国人口的${formatShare(share)}`,
};
