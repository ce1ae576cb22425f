import { LATER } from '../i18n/en/reportLater';
import { REPORT } from '../i18n/en/report';
import { wordsFor } from '../i18n/wordsFor';

/**
 * The report's words for code loaded on demand (the table, the print sheet, citations, the CSV),
 * in the page's edition: English from `LATER`, which downloads with that code, not with the page.
 */
export function laterWords(): typeof LATER {
  return wordsFor('report', REPORT).later ?? LATER;
}
