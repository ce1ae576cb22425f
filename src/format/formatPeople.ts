import { format } from 'd3-format';
import { formatCount } from './formatCount';

const trimmed = format('.3~r');

/** Large-number units, biggest first. */
const UNITS = [
  { size: 1e9, word: 'billion', letter: 'B' },
  { size: 1e6, word: 'million', letter: 'M' },
] as const;

/** The unit a count is written in, after rounding to three significant figures. */
function unitOf(people: number): (typeof UNITS)[number] | undefined {
  const rounded = Number(Math.round(people).toPrecision(3));
  return UNITS.find((unit) => rounded >= unit.size);
}

/** Whole numbers with thousands separators, to three significant figures from 1,000 up. */
function belowAMillion(people: number): string {
  const rounded = Math.round(people);
  return rounded < 1000 ? formatCount(rounded) : formatCount(Number(rounded.toPrecision(3)));
}

/**
 * An uncertain count of people, to three significant figures (the model is not more precise than
 * that): millions and billions in words, smaller counts with thousands separators. The one
 * formatter for counts on the page, in the CLI, the CSV and the charts.
 *
 * @param people persons, 0 or more
 * @example formatPeople(203987352) // => "204 million"
 * @example formatPeople(1408280000) // => "1.41 billion"
 * @example formatPeople(3584.4) // => "3,580"
 * @example formatPeople(4) // => "4"
 */
export function formatPeople(people: number): string {
  if (!Number.isFinite(people)) return '–';
  const unit = unitOf(people);
  return unit ? `${trimmed(people / unit.size)} ${unit.word}` : belowAMillion(people);
}

/** An exact count from an official table, in full: "91,914,000". */
export function formatExactPeople(people: number): string {
  return Number.isFinite(people) ? formatCount(Math.round(people)) : '–';
}

/**
 * A range of people, with the unit written once when both ends share it.
 *
 * @param low persons
 * @param high persons, `low` or more
 * @example formatPeopleRange(196448832, 211743982) // => "196–212 million"
 * @example formatPeopleRange(950000, 1100000) // => "950,000–1.1 million"
 */
export function formatPeopleRange(low: number, high: number): string {
  const lowUnit = unitOf(low);
  if (lowUnit && lowUnit === unitOf(high))
    return `${trimmed(low / lowUnit.size)}–${trimmed(high / lowUnit.size)} ${lowUnit.word}`;
  return `${formatPeople(low)}–${formatPeople(high)}`;
}

/** Whether an interval has no spread: an exact count from an official table. */
function isExact(interval: { p05: number; p95: number }): boolean {
  return interval.p05 === interval.p95;
}

/**
 * A median with its 90% interval: "204 million (196–212 million)", "3,580 (3,310–3,850)". An
 * exact value (no interval) is a count from an official table, so it is shown in full:
 * "100,271,000".
 */
export function formatPeopleInterval(interval: { median: number; p05: number; p95: number }): string {
  if (isExact(interval)) return formatExactPeople(interval.median);
  const median = formatPeople(interval.median);
  const range = formatPeopleRange(interval.p05, interval.p95);
  return range === `${median}–${median}` || formatPeople(interval.p05) === formatPeople(interval.p95)
    ? median
    : `${median} (${range})`;
}

/** Just the median: in full when exact (an official count), else to three significant figures. */
export function formatPeopleMedian(interval: { median: number; p05: number; p95: number }): string {
  return isExact(interval) ? formatExactPeople(interval.median) : formatPeople(interval.median);
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

/**
 * A signed change in a count, to three significant figures: "+61.2 million", "−3,000", "no
 * change" when it rounds to nothing.
 *
 * @param delta persons, new minus old
 */
export function formatPeopleChange(delta: number): string {
  const size = formatPeople(Math.abs(delta));
  if (size === '0') return 'no change';
  return `${delta > 0 ? '+' : '\u2212'}${size}`;
}

/**
 * Short labels for evenly spaced people ticks: `formatPeopleAbbreviated` ("184M", "3.6k") when it
 * tells every tick apart, else a fixed number of decimals in the largest tick's unit
 * ("204.85M", "204.90M"), enough for the spacing of the ticks.
 *
 * @param values ticks, persons, evenly spaced and increasing
 * @example formatPeopleTicks([184e6, 186e6]) // => ["184M", "186M"]
 * @example formatPeopleTicks([204.85e6, 204.9e6]) // => ["204.85M", "204.90M"]
 */
export function formatPeopleTicks(values: readonly number[]): string[] {
  const short = values.map(formatPeopleAbbreviated);
  if (new Set(short).size === short.length || values.length < 2) return short;
  return fixedPeopleLabels(values, Math.abs(values[1]! - values[0]!));
}

/**
 * People counts in the largest value's one-letter unit with as many decimals as it takes to write
 * `step` exactly: fixedPeopleLabels([182.8e6, 183.2e6], 4e5) gives ["182.8M", "183.2M"].
 */
export function fixedPeopleLabels(values: readonly number[], step: number): string[] {
  const largest = Math.max(...values.map(Math.abs));
  const unit = [...UNITS, { size: 1e3, letter: 'k' }].find((candidate) => largest >= candidate.size) ?? {
    size: 1,
    letter: '',
  };
  // Decimals that write the step exactly (2.5 → 1, 0.4 → 1, 15 → 0), so every edge reads exactly.
  const scaled = step / unit.size;
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(scaled * 10 ** decimals) - scaled * 10 ** decimals) > 1e-6) decimals++;
  const fixed = format(`,.${decimals}f`);
  return values.map((value) => `${fixed(value / unit.size)}${unit.letter}`);
}

/**
 * A count of people to `digits` significant figures, for charts that must tell close values apart
 * (the tornado's ends): in words, millions and billions to `digits` significant figures and smaller
 * counts whole ("204.9 million", "3,574"); or with a one-letter unit, to `digits` significant
 * figures ("204.9M", "3.57k").
 */
export function formatPeopleTo(people: number, digits: number, style: 'words' | 'letters'): string {
  const significant = format(`.${digits}~r`);
  const units =
    style === 'words'
      ? UNITS.map((unit) => ({ size: unit.size, suffix: ` ${unit.word}` }))
      : [...UNITS.map((unit) => ({ size: unit.size, suffix: unit.letter })), { size: 1e3, suffix: 'k' }];
  const rounded = Number(people.toPrecision(digits));
  const unit = units.find((candidate) => Math.abs(rounded) >= candidate.size);
  if (unit) return `${significant(people / unit.size)}${unit.suffix}`;
  // Below a million in words, every whole person ("3,321"): a tornado is read for its differences.
  // With letters, below a thousand, whole people too.
  return formatCount(Math.round(style === 'words' ? people : rounded));
}

/** The fewest significant figures, 3 to 6, at which all `values` that differ read differently. */
export function digitsToTellApart(values: readonly number[], style: 'words' | 'letters'): number {
  for (let digits = 3; digits < 6; digits++) {
    const seen = new Map<string, number>();
    const clash = values.some((value) => {
      const text = formatPeopleTo(value, digits, style);
      const other = seen.get(text);
      seen.set(text, value);
      return other !== undefined && other !== value;
    });
    if (!clash) return digits;
  }
  return 6;
}
