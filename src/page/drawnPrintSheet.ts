import { formatDayMonthYear } from '../format/formatDayMonthYear';

/**
 * A page drawn at build time prints as the live page does (`PrintSheet`: the card, its assumptions
 * and a citation on one page), though no reader may have used it yet and its live page is not
 * there: the sheet is drawn at build time too, into a `<template>` (`DRAWN_PRINT_SHEET_CLASS`),
 * and put in the page when the browser is about to print. Its citation's link and access date are
 * known only then: they are drawn as empty slots, filled in from the page's address and the day.
 */
export const DRAWN_PRINT_SHEET_CLASS = 'drawn-print-sheet';

/** The slots' attributes: the link that reproduces the page, and the day it was read. */
const LINK_SLOT = 'data-print-link';
const DATE_SLOT = 'data-print-date';

/** What the sheet is drawn with at build time, to be replaced by its slots (`withPrintSlots`). */
export const DRAWN_LINK = 'https://sanction-scope.invalid/drawn-link';
export const DRAWN_ACCESSED = new Date(Date.UTC(2000, 0, 1));

/**
 * A print sheet's markup as drawn at build time (with `DRAWN_LINK` and `DRAWN_ACCESSED`), its link
 * and date turned into empty slots, in the template the page prints from. Throws unless each
 * appears exactly once: a sheet that cited the build's stand-ins would be wrong on paper.
 *
 * @param sheetHtml the sheet's markup
 * @param relativeLink the link that reproduces the page, relative to it (`./stop-ccp-act.html?v=2…`)
 */
export function withPrintSlots(sheetHtml: string, relativeLink: string): string {
  const date = formatDayMonthYear(DRAWN_ACCESSED);
  for (const stand of [DRAWN_LINK, date])
    if (sheetHtml.split(stand).length !== 2) throw new Error(`drawnPrintSheet: "${stand}" is not in the sheet once`);
  const slotted = sheetHtml
    .replace(DRAWN_LINK, () => `<span ${LINK_SLOT}></span>`)
    .replace(date, () => `<span ${DATE_SLOT}></span>`);
  const link = relativeLink.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<template class="${DRAWN_PRINT_SHEET_CLASS}" data-link="${link}">${slotted}</template>`;
}

/**
 * Prints the drawn page's sheet while the page is drawn (`drawn` still in the document): puts it in
 * the page when the browser is about to print (the page's styles then print it alone, as they do
 * the live page's) with its link and today's date, and takes it out after. The live page, once it
 * has taken the drawn one's place, prints its own.
 */
export function printDrawnPage(drawn: Element): void {
  const template = drawn.querySelector<HTMLTemplateElement>(`template.${DRAWN_PRINT_SHEET_CLASS}`);
  if (!template) return;
  let printed: Element | undefined;
  addEventListener('beforeprint', () => {
    if (!drawn.isConnected || printed) return;
    const sheet = document.createElement('div');
    sheet.append(template.content.cloneNode(true));
    const link = new URL(template.dataset.link ?? './', location.href).href;
    sheet.querySelectorAll(`[${LINK_SLOT}]`).forEach((slot) => (slot.textContent = link));
    sheet.querySelectorAll(`[${DATE_SLOT}]`).forEach((slot) => (slot.textContent = formatDayMonthYear(new Date())));
    printed = document.body.appendChild(sheet);
    document.documentElement.classList.add('printing');
  });
  addEventListener('afterprint', () => {
    if (!printed) return;
    document.documentElement.classList.remove('printing');
    printed.remove();
    printed = undefined;
  });
}
