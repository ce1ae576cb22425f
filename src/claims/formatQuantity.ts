import { formatNumber } from '../format/formatNumber';
import { formatPeople, formatPeopleInterval, formatPeopleRange } from '../format/formatPeople';
import { formatShareInterval } from '../format/formatShare';
import { CLAIMS } from '../i18n/en/claims';
import { currentLocale, wordsFor } from '../i18n/wordsFor';
import type { Interval } from '../model/interval';
import type { ClaimedRange, QuantityUnit } from './claim';

// Three significant figures, trailing zeros dropped: a claim's "20%" or "97 countries" stays round.
const significant = (value: number) => formatNumber(value, { significant: 3, trim: true });
const percent = (share: number) => formatNumber(share, { significant: 3, trim: true, percent: true });

function countries(text: string, count: number): string {
  return wordsFor('claims', CLAIMS).countries(text, count);
}

/**
 * One value of a quantity for a sentence, to three significant figures, in the page's edition.
 *
 * @param unit `people` (persons), `share` (0-1) or `countries`
 * @example formatQuantity('people', 189.3e6) // => "189 million"
 * @example formatQuantity('share', 0.2) // => "20%"
 */
export function formatQuantity(unit: QuantityUnit, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'share') return percent(value);
  if (unit === 'countries') return countries(significant(value), value);
  return formatPeople(value, currentLocale());
}

/**
 * A claimed value or range: "270 million", "265–275 million", "22.5–29.2%", "0–97 countries".
 * Ends with the same suffix share it.
 */
export function formatClaimed(unit: QuantityUnit, { low, high }: ClaimedRange): string {
  if (low === high) return formatQuantity(unit, low);
  if (unit === 'share') return `${percent(low).replace('%', '')}–${percent(high)}`;
  if (unit === 'countries') return countries(`${significant(low)}–${significant(high)}`, high);
  return formatPeopleRange(low, high, currentLocale());
}

/**
 * A modelled median with its 90% interval: "189 million (183–196 million)", "13.5% (13.0–14.0%)",
 * "16 countries". An exact value (no spread) is shown alone. Chinese sets the interval in
 * full-width brackets: "13.5%（13.0–14.0%）".
 */
export function formatQuantityInterval(unit: QuantityUnit, interval: Interval): string {
  const locale = currentLocale();
  if (unit === 'share') {
    const text = formatShareInterval(interval);
    return locale === 'en' ? text : text.replace(/ \((.*)\)$/, '（$1）');
  }
  if (unit === 'people') {
    // A count of members from a bulletin is exact, but in a sentence about a claim it reads best rounded.
    return interval.p05 === interval.p95
      ? formatQuantity(unit, interval.median)
      : formatPeopleInterval(interval, locale);
  }
  const median = formatQuantity(unit, interval.median);
  if (interval.p05 === interval.p95) return median;
  const [open, close] = locale === 'en' ? [' (', ')'] : ['（', '）'];
  return countries(
    `${significant(interval.median)}${open}${significant(interval.p05)}–${significant(interval.p95)}${close}`,
    2,
  );
}
