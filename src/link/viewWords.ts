/**
 * The words a link (`view=`, `basis=`) and the CLI (`--chart`, `--basis`) accept for the chart's
 * view options, declared once: `linkState` derives its types from them. A module of its own, so
 * the pages, which only read the types, do not download the lists.
 */

/** Which chart the page shows. */
export const CHART_VIEWS = ['reach', 'share'] as const;
/** What the share chart divides by: all of China's population, or only its adults (18+). */
export const SHARE_BASES = ['population', 'adults'] as const;

/** Whether `value`, read from untrusted text, is one of `words`. */
export function isOneOf<Word extends string>(words: readonly Word[], value: unknown): value is Word {
  return (words as readonly unknown[]).includes(value);
}
