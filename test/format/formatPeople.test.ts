import { describe, expect, it } from 'vitest';
import {
  digitsToTellApart,
  formatExactPeople,
  formatPeople,
  formatPeopleChange,
  formatPeopleTo,
  formatPeopleAbbreviated,
  formatPeopleInterval,
  formatPeopleMedian,
  formatPeopleRange,
} from '../../src/format/formatPeople';

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
