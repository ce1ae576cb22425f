import { REPORT } from '../i18n/en/report';
import { wordsFor } from '../i18n/wordsFor';

/**
 * Whose figures the estimates rest on, in a sentence: on the card and in every citation. A module
 * of its own, so the card's footer does not bring the citation code into the page's first chunk.
 */
export function upstreamCredit(): string {
  return wordsFor('report', REPORT).credit;
}

/** The credit in English, as the command line and tests read it. */
export const UPSTREAM_CREDIT = REPORT.credit;
