// Made by `npm run i18n:hant` from ../zh-Hans/scopeSentences.ts: edit that file, not this one.
import { formatExactPeople, formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { formatOneIn, formatShare } from '../../format/formatShare';
import type { CoreWho } from '../en/scopeSentences';
import type { Translations } from '../translations';

/** "約3,610（3,350–3,890）" as "約3,610人（3,350–3,890）": 人 after the median. */
const withPeople = (count: string) => count.replace(/（|$/, (bracket) => `人${bracket}`);

/** Who of a scope's base its core holds (`CoreWho`). */
const CORE_WHO: Record<CoreWho, string> = {
  whole: '',
  test: '（符合法定標準者）',
  waived: '（扣除獲豁免者）',
  both: '（符合法定標準者，扣除獲豁免者）',
};

/** Each scope's result in one sentence, in Traditional Chinese. */
export const scopeSentences: Translations['scopeSentences'] = {
  summary: (reach, core, relatives, share) => {
    const count = withPeople(formatPeopleInterval(reach, 'zh-Hant'));
    return `波及${reach.p05 === reach.p95 ? '' : '約'}${count}：${core}${relatives}；${share}。`;
  },
  coreCount: (count, exact) => (exact ? formatExactPeople(count, 'zh-Hant') : `約${formatPeople(count, 'zh-Hant')}`),
  coreNamed: (people, entities, covered) =>
    `被點名官員${people}人${covered ? `中的${covered.count}人${CORE_WHO[covered.who]}` : ''}${entities > 0 ? `（另有${entities}個實體）` : ''}`,
  coreCustom: (count, label, who) => `${count}人（${label}）${CORE_WHO[who]}`,
  coreGroup: (count, group, who) => `${group}${count}人${CORE_WHO[who]}`,
  noRelatives: '，不含親屬',
  relatives: (each, which) => `，每人平均約有${each}名親屬計入（${which}）`,
  relativesList: (names) => names.join('、'),
  relativesReading: (reading, readings, low, high) =>
    `${reading}；該詞${readings}種解讀下為${formatPeopleRange(low, high, 'zh-Hant')}人`,
  oneReading: (label, words) => `${label}：“${words}”的一種解讀`,
  ownReading: (relatives, words) => `${relatives}：讀者對“${words}”的自定解讀`,
  shareOneIn: (share) => `約佔中國人口的${formatOneIn(share, 'zh-Hant')}`,
  sharePercent: (share) => `佔中國人口的${formatShare(share)}`,
};
