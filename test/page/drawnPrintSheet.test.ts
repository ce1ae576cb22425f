// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { formatDayMonthYear } from '../../src/format/formatDayMonthYear';
import {
  DRAWN_ACCESSED,
  DRAWN_LINK,
  DRAWN_PRINT_SHEET_CLASS,
  printDrawnPage,
  withPrintSlots,
} from '../../src/page/drawnPrintSheet';

const sheet = `<div class="print-sheet"><p class="citation">Retrieved ${formatDayMonthYear(DRAWN_ACCESSED)}, from ${DRAWN_LINK}</p></div>`;

describe('withPrintSlots', () => {
  it("turns the build's link and date into slots, in the template the page prints from", () => {
    const html = withPrintSlots(sheet, './stop-ccp-act.html?v=2&p=stop-ccp-act');
    expect(html).toBe(
      `<template class="${DRAWN_PRINT_SHEET_CLASS}" data-link="./stop-ccp-act.html?v=2&amp;p=stop-ccp-act">` +
        '<div class="print-sheet"><p class="citation">Retrieved <span data-print-date></span>, from <span data-print-link></span></p></div></template>',
    );
  });

  it('stops the build when the stand-ins are missing or repeated: the sheet would cite them', () => {
    expect(() => withPrintSlots('<p>no citation</p>', './')).toThrow(/is not in the sheet once/);
    expect(() => withPrintSlots(sheet + sheet, './')).toThrow(/is not in the sheet once/);
  });
});

describe('printDrawnPage', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.className = '';
  });

  it("prints the drawn page's sheet with its link and today's date, and takes it out after", () => {
    document.body.innerHTML = `<div id="app"><div class="prerendered"><main>card</main>${withPrintSlots(sheet, './magnitsky-2020.html?v=2&p=magnitsky-2020')}</div></div>`;
    const drawn = document.querySelector('.prerendered')!;
    printDrawnPage(drawn);
    dispatchEvent(new Event('beforeprint'));
    const printed = document.querySelector('body > div:last-child .citation');
    expect(printed?.textContent).toBe(
      `Retrieved ${formatDayMonthYear(new Date())}, from ${new URL('./magnitsky-2020.html?v=2&p=magnitsky-2020', location.href).href}`,
    );
    expect(document.documentElement.classList.contains('printing')).toBe(true);
    dispatchEvent(new Event('afterprint'));
    expect(document.querySelectorAll('.print-sheet')).toHaveLength(0);
    expect(document.documentElement.classList.contains('printing')).toBe(false);

    // Once the live page has taken the drawn page's place, it prints its own sheet.
    drawn.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(document.querySelectorAll('.print-sheet')).toHaveLength(0);
    expect(document.documentElement.classList.contains('printing')).toBe(false);
  });
});
