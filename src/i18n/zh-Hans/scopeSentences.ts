import { formatExactPeople, formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { formatOneIn, formatShare } from '../../format/formatShare';
import type { CoreWho } from '../en/scopeSentences';
import type { Translations } from '../translations';

/** "约3,610（3,350–3,890）" as "约3,610人（3,350–3,890）": 人 after the median. */
const withPeople = (count: string) => count.replace(/（|$/, (bracket) => `人${bracket}`);

/** Who of a scope's base its core holds (`CoreWho`). */
const CORE_WHO: Record<CoreWho, string> = {
  whole: '',
  test: '（符合法定标准者）',
  waived: '（扣除获豁免者）',
  both: '（符合法定标准者，扣除获豁免者）',
};

/** Each scope's result in one sentence, in Simplified Chinese. */
export const scopeSentences: Translations['scopeSentences'] = {
  summary: (reach, core, relatives, share) => {
    const count = withPeople(formatPeopleInterval(reach, 'zh-Hans'));
    return `波及${reach.p05 === reach.p95 ? '' : '约'}${count}：${core}${relatives}；${share}。`;
  },
  coreCount: (count, exact) => (exact ? formatExactPeople(count, 'zh-Hans') : `约${formatPeople(count, 'zh-Hans')}`),
  coreNamed: (people, entities, covered) =>
    `被点名官员${people}人${covered ? `中的${covered.count}人${CORE_WHO[covered.who]}` : ''}${entities > 0 ? `（另有${entities}个实体）` : ''}`,
  coreCustom: (count, label, who) => `${count}人（${label}）${CORE_WHO[who]}`,
  coreGroup: (count, group, who) => `${group}${count}人${CORE_WHO[who]}`,
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
