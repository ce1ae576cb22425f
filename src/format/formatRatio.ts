import { formatNumber } from './formatNumber';
import { formatPeople } from './formatPeople';
import type { NumberLocale } from './numberLocale';

const threeFigures = (ratio: number) => formatNumber(ratio, { significant: 3, trim: true, group: true });

/**
 * A ratio to three significant figures: "2.27", "903", "45.1 million"; in Chinese from 万 up in
 * its units ("4510万"), as a count would be, and the same digits below.
 */
function ratioText(ratio: number, locale: NumberLocale): string {
  return ratio >= (locale === 'en' ? 1e6 : 1e4) ? formatPeople(ratio, locale) : threeFigures(ratio);
}

/**
 * A ratio alone, without its interval or a word for "times", to three significant figures:
 * digits grouped in English ("23,000,000", "2.28"), never an exponent; in Chinese from 万 up in
 * its units ("2300万"), as `formatRatio` writes a ratio there. For a table cell, where words for
 * millions would be read as a count of people.
 *
 * @param ratio one count over another, above 0 (unitless)
 * @param locale the language, English unless given
 * @example formatRatioValue(2.3e7) // => "23,000,000"
 * @example formatRatioValue(2.3e7, 'zh-Hans') // => "2300万"
 */
export function formatRatioValue(ratio: number, locale: NumberLocale = 'en'): string {
  return locale === 'en' ? threeFigures(ratio) : ratioText(ratio, locale);
}

/**
 * How many times one count is another, to three significant figures (words for millions), with
 * its 90% interval when it has one: "903 times (838–973)", "6 times", "2.27 times (2.1–2.45)";
 * in Chinese "903倍（838–973）", the same word 倍 in both scripts.
 *
 * @param ratio the median and 90% interval of a ratio, above 0
 * @param locale the language, English unless given
 */
export function formatRatio(ratio: { median: number; p05: number; p95: number }, locale: NumberLocale = 'en'): string {
  const median = ratioText(ratio.median, locale);
  const low = ratioText(ratio.p05, locale);
  const high = ratioText(ratio.p95, locale);
  if (locale !== 'en') return low === high ? `${median}倍` : `${median}倍（${low}–${high}）`;
  return low === high ? `${median} times` : `${median} times (${low}–${high})`;
}
