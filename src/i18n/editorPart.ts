import type { InstrumentKind } from '../model/instrumentKind';
import { RELATION_LABELS, type RelationType } from '../model/relationType';
import { INSTRUMENT_LABELS } from '../scenario/scenario';
import type { Translations } from './translations';
import { wordsFor } from './wordsFor';

type EditorWords = Translations['editor'];

/**
 * One part of the editor area's words in the page's edition, for code that says only that part
 * (the scenario's checks, which load with a link; a relation's name in a table): it brings that
 * part's English with it, not the whole area's (`src/i18n/en/editor.ts`), which would otherwise
 * download with that code.
 *
 * @param key the part's key in `EDITOR`
 * @param english the part's English words, the value `EDITOR` has under `key`
 */
export function editorPart<Key extends keyof EditorWords>(key: Key, english: EditorWords[Key]): EditorWords[Key] {
  return wordsFor('editor', { [key]: english } as unknown as EditorWords)[key];
}

/** A relation type's name in the page's edition: "Spouse", 配偶. */
export function relationLabel(type: RelationType): string {
  return editorPart('relations', RELATION_LABELS)[type];
}

/** A measure's name in the page's edition: "Visa ban", 签证禁令. */
export function instrumentLabel(kind: InstrumentKind): string {
  return editorPart('instruments', INSTRUMENT_LABELS)[kind];
}
