import { format } from 'd3-format';
import type { Interval } from '../model/interval';
import { formatPeople } from '../report/formatPeople';
import { formatShareInterval } from '../report/formatShare';
import type { ClaimedRange, QuantityUnit } from './claim';

// Three significant figures, trailing zeros dropped: a claim's "20%" or "1 billion" stays round.
const significant = format('.3~r');
const percent = format('.3~p');

/** A count in words: "189 million", "1.41 billion", "3,580"; the suffix apart so ranges can share it. */
function peopleParts(people: number): { number: string; suffix: string } {
  if (people >= 1e9) return { number: significant(people / 1e9), suffix: ' billion' };
  if (people >= 1e6) return { number: significant(people / 1e6), suffix: ' million' };
  return { number: formatPeople(people), suffix: '' };
}

function countries(text: string, count: number): string {
  return `${text} ${count === 1 ? 'country' : 'countries'}`;
}

/**
 * One value of a quantity for a sentence, to three significant figures.
 *
 * @param unit `people` (persons), `share` (0-1) or `countries`
 * @example formatQuantity('people', 189.3e6) // => "189 million"
 * @example formatQuantity('share', 0.2) // => "20%"
 */
export function formatQuantity(unit: QuantityUnit, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'share') return percent(value);
  if (unit === 'countries') return countries(significant(value), value);
  const { number, suffix } = peopleParts(value);
  return number + suffix;
}

/**
 * A claimed value or range: "270 million", "265–275 million", "22.5–29.2%", "0–97 countries".
 * Ends with the same suffix share it.
 */
export function formatClaimed(unit: QuantityUnit, { low, high }: ClaimedRange): string {
  if (low === high) return formatQuantity(unit, low);
  if (unit === 'share') return `${percent(low).replace('%', '')}–${percent(high)}`;
  if (unit === 'countries') return countries(`${significant(low)}–${significant(high)}`, high);
  const a = peopleParts(low);
  const b = peopleParts(high);
  return a.suffix === b.suffix ? `${a.number}–${b.number}${b.suffix}` : `${a.number}${a.suffix}–${b.number}${b.suffix}`;
}

/**
 * A modelled median with its 90% interval: "189 million (183–196 million)", "13.5% (13.0–14.0%)",
 * "16 countries". An exact value (no spread) is shown alone.
 */
export function formatQuantityInterval(unit: QuantityUnit, interval: Interval): string {
  if (unit === 'share') return formatShareInterval(interval);
  const median = formatQuantity(unit, interval.median);
  if (interval.p05 === interval.p95) return median;
  if (unit === 'countries')
    return countries(`${significant(interval.median)} (${significant(interval.p05)}–${significant(interval.p95)})`, 2);
  return `${median} (${formatClaimed(unit, { low: interval.p05, high: interval.p95 })})`;
}
