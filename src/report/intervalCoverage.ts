/*
 * What a 90% interval in this tool includes and leaves out, said once and shown next to every
 * interval: the method panel, the results table, the CSV, the embed's footnote and the command
 * line. A reader who quotes an interval must be able to say what it does not cover. Separate
 * exports, so a page that shows only the one-sentence note (the embed) ships only that: the rest
 * is in the words of code loaded on demand (`laterWords`).
 */
import { REPORT } from '../i18n/en/report';
import { wordsFor } from '../i18n/wordsFor';
import { laterWords } from './laterWords';

/** One sentence, for captions and footnotes. */
export function intervalNote(): string {
  return wordsFor('report', REPORT).intervalNote;
}

/** What the interval includes. */
export function intervalIncludes(): string {
  return laterWords().intervalIncludes;
}

/** What it leaves out, each a reason a true value could lie outside it. */
export function intervalLeavesOut(): readonly string[] {
  return laterWords().intervalLeavesOut;
}

/** The whole statement as one paragraph, for the CSV and the command line. */
export function intervalCoverageText(): string {
  const w = laterWords();
  return w.intervalCoverage(w.intervalIncludes, w.intervalLeavesOut);
}
