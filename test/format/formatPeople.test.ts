import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  digitsToTellApart,
  fixedPeopleLabels,
  formatExactPeople,
  formatPeople,
  formatPeopleChange,
  formatPeopleTicks,
  formatPeopleTo,
  formatPeopleAbbreviated,
  formatPeopleInterval,
  formatPeopleMedian,
  formatPeopleRange,
} from '../../src/format/formatPeople';
import type { NumberLocale } from '../../src/format/numberLocale';

describe('formatPeople', () => {
  it.each([
    [4, '4'],
    [376, '376'],
    [3584.4, '3,580'],
    [3578.034363852732, '3,580'], // never more digits than the model has
    [999_999, '1 million'],
    [203_987_352, '204 million'],
    [100_271_000, '100 million'],
    [7_500_000, '7.5 million'],
    [1_408_280_000, '1.41 billion'],
    [Number.NaN, '–'],
  ])('%f reads as %s', (people, text) => expect(formatPeople(people)).toBe(text));
});

describe('formatPeopleInterval', () => {
  it('shows an exact count in full and an uncertain one to three significant figures, in words', () => {
    expect(formatPeopleInterval({ median: 91_914_000, p05: 91_914_000, p95: 91_914_000 })).toBe('91,914,000');
    expect(formatPeopleInterval({ median: 203_987_352, p05: 196_448_832, p95: 211_743_982 })).toBe(
      '204 million (196–212 million)',
    );
    expect(formatPeopleInterval({ median: 2_912, p05: 1_903, p95: 4_080 })).toBe('2,910 (1,900–4,080)');
    expect(formatPeopleMedian({ median: 2_912, p05: 1_903, p95: 4_080 })).toBe('2,910');
    expect(formatExactPeople(100_271_000)).toBe('100,271,000');
  });

  it('drops an interval that rounds to the median', () => {
    expect(formatPeopleInterval({ median: 9.2, p05: 8.6, p95: 9.4 })).toBe('9');
  });
});

describe('formatPeopleRange', () => {
  it.each([
    [196_448_832, 211_743_982, '196–212 million'],
    [3313, 3847, '3,310–3,850'],
    [950_000, 1_100_000, '950,000–1.1 million'],
    [570_562_413, 1_035_026_721, '571 million–1.04 billion'],
  ])('formatPeopleRange(%d, %d) is %s', (low, high, expected) => {
    expect(formatPeopleRange(low, high)).toBe(expected);
  });
});

describe('formatPeopleAbbreviated', () => {
  it.each([
    [1, '1'],
    [10, '10'],
    [999, '999'],
    [1000, '1k'],
    [373_000, '373k'],
    [999_600, '1M'],
    [83_516_593, '83.5M'],
    [1e9, '1B'],
    [1_408_280_000, '1.41B'],
  ])('formatPeopleAbbreviated(%d) is %s', (people, expected) => {
    expect(formatPeopleAbbreviated(people)).toBe(expected);
  });
});

describe('formatPeopleChange', () => {
  it.each([
    [51_234_567, '+51.2 million'],
    [-3_000.4, '\u22123,000'],
    [0.2, 'no change'],
    [-0.4, 'no change'],
    [12, '+12'],
  ])('%d → %s', (delta, expected) => {
    expect(formatPeopleChange(delta)).toBe(expected);
  });
});

describe('formatPeopleTo and digitsToTellApart', () => {
  it.each([
    [204_912_345, 4, 'words', '204.9 million'],
    [204_912_345, 4, 'letters', '204.9M'],
    [3_574.4, 3, 'words', '3,574'],
    [3_574.4, 3, 'letters', '3.57k'],
    [1_408_280_000, 3, 'words', '1.41 billion'],
    [812, 3, 'letters', '812'],
  ] as const)('%d to %i figures, %s → %s', (people, digits, style, expected) => {
    expect(formatPeopleTo(people, digits, style)).toBe(expected);
  });

  it('uses the fewest figures, 3 to 6, that tell different values apart', () => {
    expect(digitsToTellApart([196e6, 212e6], 'words')).toBe(3);
    expect(digitsToTellApart([204.91e6, 204.94e6], 'words')).toBe(5);
    // Equal values need not differ.
    expect(digitsToTellApart([5e6, 5e6], 'letters')).toBe(3);
  });
});

describe('Chinese counts (issue 15)', () => {
  // Each row: the count, then what zh-Hans and zh-Hant write; the two differ only in 万/萬 and 亿/億.
  it.each([
    [0, '0', '0'],
    [4, '4', '4'],
    [3584.4, '3,580', '3,580'],
    [9_994, '9,990', '9,990'],
    [9_995, '1万', '1萬'], // rounds up across the unit: never "10,000" or "1.00万"
    [12_345, '1.23万', '1.23萬'],
    [10_050, '1.01万', '1.01萬'], // a tie rounds up, as Intl does, though 1.005 is a hair under in binary
    [83_516_593, '8350万', '8350萬'],
    [99_949_999, '9990万', '9990萬'],
    [99_950_000, '1亿', '1億'],
    [100_271_000, '1亿', '1億'],
    [203_987_352, '2.04亿', '2.04億'],
    [1_408_280_000, '14.1亿', '14.1億'],
    [-5e6, '\u2212500万', '\u2212500萬'],
    [-0.2, '0', '0'],
    [Number.NaN, '–', '–'],
    [Number.POSITIVE_INFINITY, '–', '–'],
    [Number.NEGATIVE_INFINITY, '–', '–'],
  ])('%f is %s / %s', (people, hans, hant) => {
    expect(formatPeople(people, 'zh-Hans')).toBe(hans);
    expect(formatPeople(people, 'zh-Hant')).toBe(hant);
    // Chinese units are one character: the short form is the same text.
    expect(formatPeopleAbbreviated(people, 'zh-Hans')).toBe(hans);
  });

  it.each([
    [100_271_000, '10027.1万', '10027.1萬'], // the Party's bulletin: "党员总数为10027.1万名"
    [1_408_280_000, '140828万', '140828萬'], // NBS: "年末全国人口140828万人"
    [91_914_000, '9191.4万', '9191.4萬'],
    [2_977, '2,977', '2,977'],
    [205, '205', '205'],
    [Number.NaN, '–', '–'],
  ])('exact %d is %s / %s, every digit kept', (people, hans, hant) => {
    expect(formatExactPeople(people, 'zh-Hans')).toBe(hans);
    expect(formatExactPeople(people, 'zh-Hant')).toBe(hant);
    const exact = { median: people, p05: people, p95: people };
    expect(formatPeopleInterval(exact, 'zh-Hans')).toBe(hans);
    expect(formatPeopleMedian(exact, 'zh-Hant')).toBe(hant);
  });

  it.each([
    [183e6, 196e6, '1.83–1.96亿'],
    [196_448_832, 211_743_982, '1.96–2.12亿'],
    [3313, 3847, '3,310–3,850'],
    [950_000, 1_100_000, '95–110万'],
    [9_500, 11_000, '9,500–1.1万'],
    [570_562_413, 1_035_026_721, '5.71–10.4亿'],
    [80e6, 120e6, '8000万–1.2亿'],
  ])('formatPeopleRange(%d, %d) is %s', (low, high, expected) => {
    expect(formatPeopleRange(low, high, 'zh-Hans')).toBe(expected);
  });

  it('writes an uncertain count with its interval in full-width brackets', () => {
    const reach = { median: 203_987_352, p05: 196_448_832, p95: 211_743_982 };
    expect(formatPeopleInterval(reach, 'zh-Hans')).toBe('2.04亿（1.96–2.12亿）');
    expect(formatPeopleInterval(reach, 'zh-Hant')).toBe('2.04億（1.96–2.12億）');
    expect(formatPeopleMedian(reach, 'zh-Hans')).toBe('2.04亿');
    expect(formatPeopleInterval({ median: 2_912, p05: 1_903, p95: 4_080 }, 'zh-Hans')).toBe('2,910（1,900–4,080）');
    expect(formatPeopleInterval({ median: 9.2, p05: 8.6, p95: 9.4 }, 'zh-Hans')).toBe('9');
  });

  it.each([
    [61.2e6, '+6120万', '+6120萬'],
    [51_234_567, '+5120万', '+5120萬'],
    [-3_000.4, '\u22123,000', '\u22123,000'],
    [-250e6, '\u22122.5亿', '\u22122.5億'],
    [0.2, '无变化', '無變化'],
    [-0.4, '无变化', '無變化'],
    [Number.NaN, '–', '–'],
  ])('a change of %d is %s / %s', (delta, hans, hant) => {
    expect(formatPeopleChange(delta, 'zh-Hans')).toBe(hans);
    expect(formatPeopleChange(delta, 'zh-Hant')).toBe(hant);
  });

  it('labels ticks in 万 and 亿, with decimals when three figures do not tell them apart', () => {
    expect(formatPeopleTicks([184e6, 186e6], 'zh-Hans')).toEqual(['1.84亿', '1.86亿']);
    expect(formatPeopleTicks([204.85e6, 204.9e6], 'zh-Hant')).toEqual(['2.0485億', '2.0490億']);
    expect(formatPeopleTicks([0, 5000, 10_000], 'zh-Hans')).toEqual(['0', '5,000', '1万']);
    // Four digits before 万 are not grouped, as Intl's zh-CN writes them.
    expect(fixedPeopleLabels([99_995_000, 99_996_000], 1000, 'zh-Hans')).toEqual(['9999.5万', '9999.6万']);
    expect(fixedPeopleLabels([3_100, 3_200], 100, 'zh-Hans')).toEqual(['3,100', '3,200']);
  });

  it('tells close values apart in the tornado with the same characters for words and letters', () => {
    expect(formatPeopleTo(204_912_345, 4, 'words', 'zh-Hans')).toBe('2.049亿');
    expect(formatPeopleTo(204_912_345, 4, 'letters', 'zh-Hant')).toBe('2.049億');
    expect(formatPeopleTo(3_574.4, 3, 'words', 'zh-Hans')).toBe('3,574');
    expect(digitsToTellApart([204.91e6, 204.94e6], 'words', 'zh-Hans')).toBe(5);
  });

  it('writes what Intl writes for zh-CN and zh-TW in compact notation to three figures', () => {
    // The hand-written units are pinned to Node's ICU (full-icu) for every whole count from 万 to
    // just under 万亿 / 兆, where Intl switches to a unit this app never needs.
    const intl = {
      'zh-Hans': new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 3 }),
      'zh-Hant': new Intl.NumberFormat('zh-TW', { notation: 'compact', maximumSignificantDigits: 3 }),
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1e4, max: 999_499_999_999 }),
        fc.constantFrom('zh-Hans' as const, 'zh-Hant' as const),
        (people, locale) => formatPeople(people, locale) === intl[locale].format(people),
      ),
      { numRuns: 2000 },
    );
  });
});

/**
 * Persons a formatted count stands for: "2.04亿" → 204,000,000, "204 million" → 204,000,000. The
 * low end of a range with no unit and no comma ("196" in "196–212 million") shares the high end's
 * unit; one with a comma ("10,000–2 billion") is a plain count.
 */
function readBack(text: string, unitOfRange = ''): number {
  const match = /^([\d,.]+)( million| billion|万|萬|亿|億)?$/.exec(text);
  if (!match) throw new Error(`not a count: ${text}`);
  if (match[1]!.includes(',')) unitOfRange = '';
  const sizes: Record<string, number> = {
    '': 1,
    ' million': 1e6,
    ' billion': 1e9,
    万: 1e4,
    萬: 1e4,
    亿: 1e8,
    億: 1e8,
  };
  return Number(match[1]!.replaceAll(',', '')) * sizes[match[2] ?? unitOfRange]!;
}

describe('every locale writes an interval that reads back as its numbers', () => {
  const LOCALES: readonly NumberLocale[] = ['en', 'zh-Hans', 'zh-Hant'];

  it('the median within 0.5% of its value and inside its range, from 1e4 people up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e4, max: 2e9, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(...LOCALES),
        (values, locale) => {
          const [p05, median, p95] = values.sort((a, b) => a - b) as [number, number, number];
          const text = formatPeopleInterval({ median, p05, p95 }, locale);
          const [medianText, rangeText] = text.replace(/[)）]$/, '').split(/ \(|（/) as [string, string?];
          const read = readBack(medianText);
          expect(Math.abs(read - median) / median).toBeLessThanOrEqual(0.005);
          if (rangeText === undefined) return;
          const [lowText, highText] = rangeText.split('–') as [string, string];
          const highUnit = /( million| billion|万|萬|亿|億)$/.exec(highText)?.[1] ?? '';
          const low = readBack(lowText, highUnit);
          const high = readBack(highText);
          expect(low).toBeLessThanOrEqual(read);
          expect(read).toBeLessThanOrEqual(high);
          expect(Math.abs(low - p05) / p05).toBeLessThanOrEqual(0.005);
          expect(Math.abs(high - p95) / p95).toBeLessThanOrEqual(0.005);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('an exact count in full, to the person', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e9 }), fc.constantFrom(...LOCALES), (people, locale) => {
        const text = formatPeopleInterval({ median: people, p05: people, p95: people }, locale);
        expect(Math.round(readBack(text))).toBe(people);
      }),
    );
  });
});
