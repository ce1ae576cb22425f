import { formatCount } from '../../format/formatCount';
import type { Translations } from '../translations';

/** How a scenario differs from its preset, change by change, in Simplified Chinese. */
export const changes: Translations['changes'] = {
  renamed: (name, label) => `${name}更名为${label}`,
  year: (name, from, to) => `${name}的年份：${from} → ${to}`,
  base: (name) => `${name}的基础群体已更改`,
  added: (relations, name) => `${name}新增${relations.join('、')}`,
  removed: (relations, name) => `${name}移除${relations.join('、')}`,
  term: (name, words) => `${name}中未加定义的亲属用词改为“${words}”`,
  termDropped: (name) => `${name}中未加定义的亲属用词已删除`,
  legalTest: (name, from, to) => `${name}中符合法定标准的比例：${from} → ${to}（最可能值）`,
  waiver: (name, from, to) => `${name}的豁免比例：${from} → ${to}（最可能值）`,
  measures: (name) => `${name}的制裁措施已更改`,
  description: (name) => `${name}的说明已更改`,
  theScope: '该范围',
  retitled: (title) => `链接制作者将标题改为${title}`,
  redescribed: '链接制作者改写了说明',
  scopeRemoved: (label) => `删除范围${label}`,
  scopeAdded: (label) => `新增范围${label}`,
  reordered: '范围顺序已调整',
  assumption: (label) => `假设已更改：${label}`,
  seed: (seed, preset) => `随机种子为${seed}（预设情景为${preset}）`,
  draws: (draws, preset) => `抽样${formatCount(draws)}次（预设情景为${formatCount(preset)}次）`,
};
