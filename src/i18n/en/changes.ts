import { formatCount } from '../../format/formatCount';

/** "a, b and c". */
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * How a scenario differs from its preset, change by change (`describeProvenance`), in English: apart
 * from the report's other words, so they download with that code, once a scenario differs.
 */
export const CHANGES = {
  renamed: (name: string, label: string) => `${name} renamed ${label}`,
  year: (name: string, from: number, to: number) => `year of ${name} ${from} → ${to}`,
  base: (name: string) => `base group of ${name} changed`,
  added: (relations: readonly string[], name: string) => `${list(relations.map(lowerFirst))} added to ${name}`,
  removed: (relations: readonly string[], name: string) => `${list(relations.map(lowerFirst))} removed from ${name}`,
  term: (name: string, words: string) => `undefined word for family in ${name} now “${words}”`,
  termDropped: (name: string) => `undefined word for family in ${name} dropped`,
  legalTest: (name: string, from: string, to: string) =>
    `share of ${name} meeting the legal test ${from} → ${to} (most likely)`,
  waiver: (name: string, from: string, to: string) => `waiver share of ${name} ${from} → ${to} (most likely)`,
  measures: (name: string) => `measures of ${name} changed`,
  description: (name: string) => `description of ${name} changed`,
  /** How a change names a scope already named (the list beside the live chart). */
  theScope: 'the scope',
  retitled: (title: string) => `retitled ${title} by whoever made this link`,
  redescribed: 'description rewritten by whoever made this link',
  scopeRemoved: (label: string) => `scope ${label} removed`,
  scopeAdded: (label: string) => `scope ${label} added`,
  reordered: 'scopes reordered',
  assumption: (label: string) => `assumption changed: ${lowerFirst(label)}`,
  seed: (seed: number, preset: number) => `seed ${seed} (the preset's is ${preset})`,
  draws: (draws: number, preset: number) => `${formatCount(draws)} draws (the preset uses ${formatCount(preset)})`,
};
