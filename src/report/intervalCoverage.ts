/*
 * What a 90% interval in this tool includes and leaves out, said once and shown next to every
 * interval: the method panel, the results table, the CSV, the embed's footnote and the command
 * line. A reader who quotes an interval must be able to say what it does not cover. Separate
 * exports, so a page that shows only the one-sentence note (the embed) ships only that.
 */

/** One sentence, for captions and footnotes. */
export const INTERVAL_NOTE =
  '90% intervals cover the uncertain inputs only, not which relatives count (shown as readings) or the form of the model.';

/** What the interval includes. */
export const INTERVAL_INCLUDES =
  'the ranges of every uncertain input, drawn together many times: marriage, fertility and survival, how families cluster in the membership and how shared relatives clump, and the group size, conduct and waiver shares. Marriage and fertility inputs are drawn correlated, since their errors are likely shared.';

/** What it leaves out, each a reason a true value could lie outside it. */
export const INTERVAL_LEAVES_OUT: readonly string[] = [
  'which relatives a law or a quote covers: each reading is estimated separately, and the range across readings is shown beside the interval',
  'the form of the model: the kinship formulas, the birth-age spread and the way shared relatives are counted, beyond the ranges of their inputs',
  'errors in the official counts (membership bulletins, population)',
  'relatives living outside China, who are counted but are not part of its population',
];

/** The whole statement as one paragraph, for the CSV and the command line. */
export function intervalCoverageText(): string {
  return `90% intervals include ${INTERVAL_INCLUDES} They leave out ${INTERVAL_LEAVES_OUT.join('; ')}.`;
}
