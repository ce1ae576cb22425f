import { format } from 'd3-format';
import { formatPeople } from '../report/formatPeople';

const trimmed = format('.3~r');

/** Large-number units for charts, biggest first. */
const WORDS = [
  { size: 1e9, word: 'billion', letter: 'B' },
  { size: 1e6, word: 'million', letter: 'M' },
] as const;

/** The unit a count is written in, after rounding to three significant figures. */
function unitOf(people: number): (typeof WORDS)[number] | undefined {
  const rounded = Number(Math.round(people).toPrecision(3));
  return WORDS.find((unit) => rounded >= unit.size);
}

/**
 * A count of people in words for chart labels, three significant figures: millions and billions
 * as words, smaller counts as `formatPeople` writes them.
 *
 * @param people persons, 0 or more
 * @example formatPeopleShort(203987396) // => "204 million"
 * @example formatPeopleShort(1408280000) // => "1.41 billion"
 * @example formatPeopleShort(3578) // => "3,580"
 */
export function formatPeopleShort(people: number): string {
  if (!Number.isFinite(people)) return '–';
  const unit = unitOf(people);
  return unit ? `${trimmed(people / unit.size)} ${unit.word}` : formatPeople(people);
}

/**
 * A range of people, with the unit written once when both ends share it.
 *
 * @param low persons
 * @param high persons, `low` or more
 * @example formatPeopleRangeShort(196448832, 211743982) // => "196–212 million"
 * @example formatPeopleRangeShort(950000, 1100000) // => "950,000–1.1 million"
 */
export function formatPeopleRangeShort(low: number, high: number): string {
  const lowUnit = unitOf(low);
  if (lowUnit && lowUnit === unitOf(high))
    return `${trimmed(low / lowUnit.size)}–${trimmed(high / lowUnit.size)} ${lowUnit.word}`;
  return `${formatPeopleShort(low)}–${formatPeopleShort(high)}`;
}

/**
 * A count with a one-letter unit, for axis ticks and reference labels where space is short:
 * k for thousands, M for millions, B for billions, three significant figures.
 *
 * @param people persons, 0 or more
 * @example formatPeopleAbbreviated(83516593) // => "83.5M"
 * @example formatPeopleAbbreviated(1000) // => "1k"
 * @example formatPeopleAbbreviated(10) // => "10"
 */
export function formatPeopleAbbreviated(people: number): string {
  if (!Number.isFinite(people)) return '–';
  const unit = unitOf(people);
  if (unit) return `${trimmed(people / unit.size)}${unit.letter}`;
  const rounded = Number(Math.round(people).toPrecision(3));
  return rounded >= 1000 ? `${trimmed(people / 1000)}k` : String(Math.round(people));
}
