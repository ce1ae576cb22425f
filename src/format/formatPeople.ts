import { formatNumber } from './formatNumber';
import { formatCount } from './formatCount';
import type { NumberLocale } from './numberLocale';

const trimmed = (value: number) => formatNumber(value, { significant: 3, trim: true });

/**
 * A large-number unit: its size in persons, its name as written after a number (English with its
 * space), and its short form for ticks.
 */
interface Unit {
  size: number;
  word: string;
  letter: string;
}

/**
 * Large-number units, biggest first, by language. Chinese counts in 万 (1e4) and 亿 (1e8), one
 * character each, so its short form is its word; Traditional writes 萬 and 億. Past 亿 Chinese goes
 * on to 万亿 (zh-CN) or 兆 (zh-TW), which no count here (at most the world's 8 billion) comes near.
 */
const UNITS: Record<NumberLocale, readonly Unit[]> = {
  en: [
    { size: 1e9, word: ' billion', letter: 'B' },
    { size: 1e6, word: ' million', letter: 'M' },
  ],
  'zh-Hans': [
    { size: 1e8, word: '亿', letter: '亿' },
    { size: 1e4, word: '万', letter: '万' },
  ],
  'zh-Hant': [
    { size: 1e8, word: '億', letter: '億' },
    { size: 1e4, word: '萬', letter: '萬' },
  ],
};

/**
 * A whole count to three significant figures: 9,995 → 10,000, so a count that rounds up into a
 * unit is written in it. Rounded once: rounding to a whole person first would make 10,049.5
 * 10,050 and then 10,100.
 */
function roundedCount(people: number): number {
  return Math.abs(people) >= 100 ? Number(people.toPrecision(3)) : Math.round(people);
}

/** The unit a count is written in, after rounding to three significant figures. */
function unitOf(people: number, locale: NumberLocale): Unit | undefined {
  const rounded = roundedCount(people);
  return UNITS[locale].find((unit) => rounded >= unit.size);
}

/**
 * The number written before a unit, three significant figures. English rounds the quotient, as
 * its pinned outputs always have; Chinese divides the rounded whole count, so a tie rounds up as
 * Intl's zh-CN does: 10,050 is "1.01万", where 10,050 / 1e4 in binary is a hair under 1.005.
 */
function amountIn(people: number, unit: Unit, locale: NumberLocale): string {
  return locale === 'en' ? trimmed(people / unit.size) : String(roundedCount(people) / unit.size);
}

/**
 * Whole numbers with thousands separators, to three significant figures from 1,000 up (below a
 * million in English, below 万 in Chinese, whose Intl zh-CN and zh-TW also group "3,580").
 */
function belowAMillion(people: number): string {
  return formatCount(roundedCount(people));
}

/**
 * An uncertain count of people, to three significant figures (the model is not more precise than
 * that): millions and billions in words, smaller counts with thousands separators; in Chinese, 万
 * and 亿 with no space ("2.04亿"), smaller counts grouped. The one formatter for counts on the
 * page, in the CLI, the CSV and the charts.
 *
 * @param people persons, 0 or more (Chinese keeps a negative's sign: "−500万")
 * @param locale the language, English unless given
 * @example formatPeople(203987352) // => "204 million"
 * @example formatPeople(1408280000) // => "1.41 billion"
 * @example formatPeople(3584.4) // => "3,580"
 * @example formatPeople(4) // => "4"
 * @example formatPeople(203987352, 'zh-Hans') // => "2.04亿"
 * @example formatPeople(12345, 'zh-Hant') // => "1.23萬"
 */
export function formatPeople(people: number, locale: NumberLocale = 'en'): string {
  if (!Number.isFinite(people)) return '–';
  if (locale !== 'en' && people < 0) return signed(-1, formatPeople(-people, locale));
  const unit = unitOf(people, locale);
  return unit ? `${amountIn(people, unit, locale)}${unit.word}` : belowAMillion(people);
}

/** A size with a sign in front: U+2212 for a fall, as d3 writes it; none when it reads "0". */
function signed(sign: number, size: string): string {
  return size === '0' ? size : `${sign > 0 ? '+' : '\u2212'}${size}`;
}

/**
 * An exact count from an official table, in full: "91,914,000". Chinese writes it in 万 with every
 * digit the count has ("9191.4万", "140828万"), as the sources themselves do: the Organization
 * Department's intra-party bulletins ("党员总数为10027.1万名") and the NBS yearly communiqués
 * ("年末全国人口140828万人") both count in 万 (quoted in data/figureSources.ts), so a reader finds
 * the same string in the source. Below 万 it is grouped ("2,977").
 *
 * @param locale the language, English unless given
 *
 * @param people persons, a whole count below 1e15 (so the digits survive the division by 1e4)
 */
export function formatExactPeople(people: number, locale: NumberLocale = 'en'): string {
  if (!Number.isFinite(people)) return '–';
  const whole = Math.round(people);
  if (locale === 'en' || Math.abs(whole) < 1e4) return formatCount(whole);
  // The last Chinese unit is 万.
  const size = `${Math.abs(whole) / 1e4}${UNITS[locale].at(-1)!.word}`;
  return whole < 0 ? `\u2212${size}` : size;
}

/**
 * A range of people, with the unit written once when both ends share it.
 *
 * @param low persons
 * @param high persons, `low` or more
 * @example formatPeopleRange(196448832, 211743982) // => "196–212 million"
 * @example formatPeopleRange(950000, 1100000) // => "950,000–1.1 million"
 * @example formatPeopleRange(183e6, 196e6, 'zh-Hans') // => "1.83–1.96亿"
 */
export function formatPeopleRange(low: number, high: number, locale: NumberLocale = 'en'): string {
  const lowUnit = unitOf(low, locale);
  if (lowUnit && lowUnit === unitOf(high, locale))
    return `${amountIn(low, lowUnit, locale)}–${amountIn(high, lowUnit, locale)}${lowUnit.word}`;
  return `${formatPeople(low, locale)}–${formatPeople(high, locale)}`;
}

/** Whether an interval has no spread: an exact count from an official table. */
function isExact(interval: { p05: number; p95: number }): boolean {
  return interval.p05 === interval.p95;
}

/**
 * A median with its 90% interval: "204 million (196–212 million)", "3,580 (3,310–3,850)"; in
 * Chinese with full-width brackets, as Chinese text sets them: "2.04亿（1.96–2.12亿）". An exact
 * value (no interval) is a count from an official table, so it is shown in full: "100,271,000".
 */
export function formatPeopleInterval(
  interval: { median: number; p05: number; p95: number },
  locale: NumberLocale = 'en',
): string {
  if (isExact(interval)) return formatExactPeople(interval.median, locale);
  const median = formatPeople(interval.median, locale);
  const range = formatPeopleRange(interval.p05, interval.p95, locale);
  if (range === `${median}–${median}` || formatPeople(interval.p05, locale) === formatPeople(interval.p95, locale))
    return median;
  return locale === 'en' ? `${median} (${range})` : `${median}（${range}）`;
}

/** Just the median: in full when exact (an official count), else to three significant figures. */
export function formatPeopleMedian(
  interval: { median: number; p05: number; p95: number },
  locale: NumberLocale = 'en',
): string {
  return isExact(interval) ? formatExactPeople(interval.median, locale) : formatPeople(interval.median, locale);
}

/**
 * A count with a one-letter unit, for axis ticks and reference labels where space is short:
 * k for thousands, M for millions, B for billions, three significant figures. Chinese units are
 * one character already, so Chinese writes what `formatPeople` does: "8350万", "14.1亿".
 *
 * @param people persons, 0 or more
 * @example formatPeopleAbbreviated(83516593) // => "83.5M"
 * @example formatPeopleAbbreviated(1000) // => "1k"
 * @example formatPeopleAbbreviated(10) // => "10"
 */
export function formatPeopleAbbreviated(people: number, locale: NumberLocale = 'en'): string {
  if (locale !== 'en') return formatPeople(people, locale);
  if (!Number.isFinite(people)) return '–';
  const unit = unitOf(people, locale);
  if (unit) return `${trimmed(people / unit.size)}${unit.letter}`;
  const rounded = roundedCount(people);
  return rounded >= 1000 ? `${trimmed(people / 1000)}k` : String(Math.round(people));
}

/** What a change that rounds to nothing reads as. */
const NO_CHANGE: Record<NumberLocale, string> = { en: 'no change', 'zh-Hans': '无变化', 'zh-Hant': '無變化' };

/**
 * A signed change in a count, to three significant figures: "+61.2 million", "−3,000", "no
 * change" when it rounds to nothing; "+6120万", "−3,000", "无变化" in Chinese.
 *
 * @param delta persons, new minus old
 */
export function formatPeopleChange(delta: number, locale: NumberLocale = 'en'): string {
  // English has always written a missing change "−–"; a new language need not repeat that.
  if (locale !== 'en' && !Number.isFinite(delta)) return '–';
  const size = formatPeople(Math.abs(delta), locale);
  return size === '0' ? NO_CHANGE[locale] : signed(delta, size);
}

/**
 * Short labels for evenly spaced people ticks: `formatPeopleAbbreviated` ("184M", "3.6k") when it
 * tells every tick apart, else a fixed number of decimals in the largest tick's unit
 * ("204.85M", "204.90M"), enough for the spacing of the ticks.
 *
 * @param values ticks, persons, evenly spaced and increasing
 * @example formatPeopleTicks([184e6, 186e6]) // => ["184M", "186M"]
 * @example formatPeopleTicks([204.85e6, 204.9e6]) // => ["204.85M", "204.90M"]
 * @example formatPeopleTicks([204.85e6, 204.9e6], 'zh-Hans') // => ["2.0485亿", "2.0490亿"]
 */
export function formatPeopleTicks(values: readonly number[], locale: NumberLocale = 'en'): string[] {
  const short = values.map((value) => formatPeopleAbbreviated(value, locale));
  if (new Set(short).size === short.length || values.length < 2) return short;
  return fixedPeopleLabels(values, Math.abs(values[1]! - values[0]!), locale);
}

/**
 * People counts in the largest value's one-letter unit with as many decimals as it takes to write
 * `step` exactly: fixedPeopleLabels([182.8e6, 183.2e6], 4e5) gives ["182.8M", "183.2M"]; in
 * Chinese ["1.828亿", "1.832亿"].
 */
export function fixedPeopleLabels(values: readonly number[], step: number, locale: NumberLocale = 'en'): string[] {
  const largest = Math.max(...values.map(Math.abs));
  const units = locale === 'en' ? [...UNITS.en, { size: 1e3, letter: 'k' }] : UNITS[locale];
  const unit = units.find((candidate) => largest >= candidate.size) ?? { size: 1, letter: '' };
  // Decimals that write the step exactly (2.5 → 1, 0.4 → 1, 15 → 0), so every edge reads exactly.
  const scaled = step / unit.size;
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(scaled * 10 ** decimals) - scaled * 10 ** decimals) > 1e-6) decimals++;
  // Chinese does not group the up to four digits before 万 ("9999.5万"), as Intl's zh-CN does not.
  const group = locale === 'en' || unit.size === 1;
  return values.map((value) => `${formatNumber(value / unit.size, { decimals, group })}${unit.letter}`);
}

/**
 * A count of people to `digits` significant figures, for charts that must tell close values apart
 * (the tornado's ends): in words, millions and billions to `digits` significant figures and smaller
 * counts whole ("204.9 million", "3,574"); or with a one-letter unit, to `digits` significant
 * figures ("204.9M", "3.57k"). Chinese words and letters are the same characters ("2.049亿").
 */
export function formatPeopleTo(
  people: number,
  digits: number,
  style: 'words' | 'letters',
  locale: NumberLocale = 'en',
): string {
  const units =
    style === 'words'
      ? UNITS[locale].map((unit) => ({ size: unit.size, suffix: unit.word }))
      : [
          ...UNITS[locale].map((unit) => ({ size: unit.size, suffix: unit.letter })),
          ...(locale === 'en' ? [{ size: 1e3, suffix: 'k' }] : []),
        ];
  const rounded = Number(people.toPrecision(digits));
  const unit = units.find((candidate) => Math.abs(rounded) >= candidate.size);
  if (unit) return `${formatNumber(people / unit.size, { significant: digits, trim: true })}${unit.suffix}`;
  // Below a million in words, every whole person ("3,321"): a tornado is read for its differences.
  // With letters, below a thousand, whole people too.
  return formatCount(Math.round(style === 'words' ? people : rounded));
}

/** The fewest significant figures, 3 to 6, at which all `values` that differ read differently. */
export function digitsToTellApart(
  values: readonly number[],
  style: 'words' | 'letters',
  locale: NumberLocale = 'en',
): number {
  for (let digits = 3; digits < 6; digits++) {
    const seen = new Map<string, number>();
    const clash = values.some((value) => {
      const text = formatPeopleTo(value, digits, style, locale);
      const other = seen.get(text);
      seen.set(text, value);
      return other !== undefined && other !== value;
    });
    if (!clash) return digits;
  }
  return 6;
}
