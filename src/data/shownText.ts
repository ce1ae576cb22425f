import type { PresetWords } from '../i18n/en/data';
import type { Translations } from '../i18n/translations';
import { wordsFor } from '../i18n/wordsFor';

type DataWords = Translations['data'];

/** The tables of `DATA` that translate records by id. */
type TableName =
  | 'groups'
  | 'groupNotes'
  | 'figureLabels'
  | 'profileLabels'
  | 'readingLabels'
  | 'termWords'
  | 'termUses'
  | 'inputs'
  | 'units'
  | 'inputReasons'
  | 'lines'
  | 'roundTitles'
  | 'programmes'
  | 'names'
  | 'roles';

/**
 * The page's edition's words for the data area, or none in English: a record's English is its own
 * label, so English downloads none of this (nor the method panel's words in `DATA`).
 */
function words(): Partial<DataWords> {
  return wordsFor('data', {} as DataWords);
}

/**
 * A catalogue record's text as the page shows it: its translation in `table` under `id`, else
 * under `id` with its year as `{year}` ("party-members-{year}", the year written back in); else
 * the record's own English.
 *
 * @example shown('groups', group.id, group.label)
 */
export function shown(table: TableName, id: string, english: string): string {
  const texts = words()[table];
  if (!texts) return english;
  const year = /\d{4}/.exec(id)?.[0];
  const text = texts[id] ?? (year ? texts[id.replace(year, '{year}')] : undefined);
  return text?.replaceAll('{year}', year ?? '') ?? english;
}

/** A preset's title in the page's edition, for the picker: the preset's own English unless translated. */
export function presetTitle(id: string, english: string): string {
  return words().presets?.[id]?.title ?? english;
}

/** A text as the page shows it: the translation where the text is still the preset's own, else as written. */
const own = (text: string, presets: string | undefined, translated: string | undefined) =>
  text === presets && translated ? translated : text;

/**
 * A range's reason as the page shows it: where it is still the preset's own (the same text as the
 * preset's range has), the preset's words in the page's edition (`DATA.presetReasons`); a reason
 * the reader, a link or a file wrote is kept as written. For display only.
 *
 * @param text the range's reason in the scenario
 * @param presets the same range's reason in the preset the scenario started from, if any
 */
export function shownReason(text: string | undefined, presets: string | undefined): string | undefined {
  return text === undefined ? undefined : own(text, presets, words().presetReasons?.[text]);
}

/**
 * The scenario's words as the page shows them: where the title, the description, a scope's label
 * or its description is still its preset's own English, the preset's words in the page's edition
 * (`DATA.presets`); whatever the reader or a link wrote is kept as written. For display only: the
 * scenario itself, its link and its provenance are never made from this.
 *
 * @param preset the preset the scenario started from, if any
 */
export function shownScenario<S extends { title: string; description: string; scopes: readonly Scoped[] }>(
  scenario: S,
  preset: { id: string; title: string; description: string; scopes: readonly Scoped[] } | undefined,
): S {
  const text: PresetWords | undefined = preset && words().presets?.[preset.id];
  if (!text) return scenario;
  return {
    ...scenario,
    title: own(scenario.title, preset!.title, text.title),
    description: own(scenario.description, preset!.description, text.description),
    scopes: scenario.scopes.map((scope) => {
      const original = preset!.scopes.find((candidate) => candidate.id === scope.id);
      const scopeText = text.scopes[scope.id];
      if (!original || !scopeText) return scope;
      const description =
        scope.description === undefined
          ? undefined
          : own(scope.description, original.description, scopeText.description);
      return {
        ...scope,
        label: own(scope.label, original.label, scopeText.label),
        ...(description === undefined ? {} : { description }),
      };
    }),
  };
}

interface Scoped {
  id: string;
  label: string;
  description?: string;
}

/**
 * Each scope's name as the page shows it (`shownScenario`), by scope id: for the panels that name
 * the scenario's scopes as the reader edits them.
 *
 * @param preset the preset the scenario started from, if any
 */
export function shownScopeLabels(
  scenario: { title: string; description: string; scopes: readonly Scoped[] },
  preset: { id: string; title: string; description: string; scopes: readonly Scoped[] } | undefined,
): Record<string, string> {
  return Object.fromEntries(shownScenario(scenario, preset).scopes.map((scope) => [scope.id, scope.label]));
}
