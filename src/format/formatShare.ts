import { formatNumber } from './formatNumber';
import { formatPeople } from './formatPeople';
import type { NumberLocale } from './numberLocale';

const percent = (share: number) => formatNumber(share, { significant: 3, percent: true });

/** Shares below this are written "<0.01%": more digits would claim a precision no one needs. */
export const SMALLEST_PERCENT = 0.0001;

/**
 * A share as a percentage with three significant figures; a share below 0.01% as "<0.01%". It
 * takes no locale: Chinese writes percentages with the same digits and sign ("14.5%", as Intl's
 * zh-CN and zh-TW do), so the Chinese edition shows this text as it is.
 *
 * @param share 0-1
 * @example formatShare(0.14484) // => "14.5%"
 * @example formatShare(0.0000025) // => "<0.01%"
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  if (share === 0) return '0%';
  if (share < SMALLEST_PERCENT) return '<0.01%';
  return percent(share);
}

/**
 * A share with its 90% interval: "14.5% (14.0–15.0%)"; "<0.01%" when even its top is that small.
 * Chinese sets the brackets full-width, as `formatPeopleInterval` does: "14.5%（14.0–15.0%）".
 */
export function formatShareInterval(
  interval: { median: number; p05: number; p95: number },
  locale: NumberLocale = 'en',
): string {
  const median = formatShare(interval.median);
  const low = formatShare(interval.p05);
  const high = formatShare(interval.p95);
  const range = `${low.replace('%', '')}–${high}`;
  return low === high ? median : locale === 'en' ? `${median} (${range})` : `${median}（${range}）`;
}

/**
 * A small share as "1 in N" people, N to three significant figures: readable where a percentage
 * would need many zeros. Chinese writes it as a fraction, "N分之一" ("3.53亿分之一"), the same
 * characters in both scripts.
 *
 * @param share above 0, at most 1
 * @param locale the language, English unless given
 * @example formatOneIn(4 / 1.41e9) // => "1 in 353 million"
 * @example formatOneIn(4 / 1.41e9, 'zh-Hans') // => "3.53亿分之一"
 */
export function formatOneIn(share: number, locale: NumberLocale = 'en'): string {
  if (!(share > 0 && Number.isFinite(share))) return '–';
  const people = formatPeople(1 / share, locale);
  return locale === 'en' ? `1 in ${people}` : `${people}分之一`;
}
