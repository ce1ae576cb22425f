import { EDITOR } from '../i18n/en/editor';
import { wordsFor } from '../i18n/wordsFor';

/**
 * A range's reason in the page's edition when the app wrote it (a new scope's, a measure's
 * default, "Set by the reader."); a preset's, a link's or a file's reason as it was written.
 */
export function saidRationale(rationale: string | undefined): string | undefined {
  const key = (Object.keys(EDITOR.rationales) as (keyof typeof EDITOR.rationales)[]).find(
    (k) => EDITOR.rationales[k] === rationale,
  );
  return key ? wordsFor('editor', EDITOR).rationales[key] : rationale;
}
