import { formatNumber } from './formatNumber';
import { formatPeople, formatPeopleRange } from './formatPeople';

const threeFigures = (value: number) => formatNumber(value, { significant: 3, trim: true });

/**
 * A value of an input in its unit: shares as percentages ("85%", "0.5%"), years with the word,
 * counts of people in words ("100 million"), anything else to three significant figures.
 */
export function formatInputValue(value: number, unit: string): string {
  if (unit.startsWith('share')) return `${threeFigures(value * 100)}%`;
  if (unit === 'persons' && Math.abs(value) >= 1000) return formatPeople(value);
  const number = threeFigures(value);
  return unit === 'years' ? `${number} years` : number;
}

/** The low and high value of an input: "85%–94%", "24–28 years", "90–120 million". */
export function formatInputRange(bar: { lowValue: number; highValue: number; unit: string }): string {
  const { lowValue: low, highValue: high, unit } = bar;
  if (unit === 'persons' && Math.abs(high) >= 1000) return formatPeopleRange(low, high);
  if (unit === 'years') return `${threeFigures(low)}–${threeFigures(high)} years`;
  return `${formatInputValue(low, unit)}–${formatInputValue(high, unit)}`;
}
