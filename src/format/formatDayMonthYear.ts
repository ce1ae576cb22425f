let dayMonthYear: Intl.DateTimeFormat | undefined;

/**
 * A date as a citation gives the day it was read: "26 November 2026" (British order, the month in
 * words, so no reader mistakes 3/12 for 12/3), in UTC as the rest of the citation is. The
 * formatter is made on first use: setting up the browser's date formatting costs a page that only
 * shows its chart 17-90 ms.
 */
export function formatDayMonthYear(date: Date): string {
  dayMonthYear ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dayMonthYear.format(date);
}
