// Made by `npm run i18n:hant` from ../zh-Hans/changes.ts: edit that file, not this one.
import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** How a scenario differs from its preset, change by change, in Traditional Chinese. */
export const changes: Translations['changes'] = {
  renamed: (name, label) => `${name}更名為${label}`,
  year: (name, from, to) => `${name}的年份：${from} → ${to}`,
  base: (name) => `${name}的基礎群體已更改`,
  added: (relations, name) => `${name}新增${relations.join('、')}`,
  removed: (relations, name) => `${name}移除${relations.join('、')}`,
  term: (name, words) => `${name}中未加定義的親屬用詞改為“${words}”`,
  termDropped: (name) => `${name}中未加定義的親屬用詞已刪除`,
  legalTest: (name, from, to) => `${name}中符合法定標準的比例：${from} → ${to}（最可能值）`,
  waiver: (name, from, to) => `${name}的豁免比例：${from} → ${to}（最可能值）`,
  measures: (name) => `${name}的制裁措施已更改`,
  description: (name) => `${name}的說明已更改`,
  theScope: '該範圍',
  retitled: (title) => `鏈接製作者將標題改為${title}`,
  redescribed: '鏈接製作者改寫了說明',
  scopeRemoved: (label) => `刪除範圍${label}`,
  scopeAdded: (label) => `新增範圍${label}`,
  reordered: '範圍順序已調整',
  assumption: (label) => `假設已更改：${label}`,
  seed: (seed, preset) => `隨機種子為${seed}（預設情景為${preset}）`,
  draws: (draws, preset) => `抽樣${formatCount(draws)}次（預設情景為${formatCount(preset)}次）`,
};
