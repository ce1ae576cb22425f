import { describe, expect, it } from 'vitest';
import { formatPeopleAbbreviated, formatPeopleRangeShort, formatPeopleShort } from '../../src/charts/formatPeopleShort';

describe('formatPeopleShort', () => {
  it.each([
    [4, '4'],
    [3578, '3,580'],
    [999_999, '1 million'],
    [203_987_396, '204 million'],
    [100_271_000, '100 million'],
    [7_500_000, '7.5 million'],
    [1_408_280_000, '1.41 billion'],
    [Number.NaN, '–'],
  ])('formatPeopleShort(%d) is %s', (people, expected) => {
    expect(formatPeopleShort(people)).toBe(expected);
  });
});

describe('formatPeopleRangeShort', () => {
  it.each([
    [196_448_832, 211_743_982, '196–212 million'],
    [3313, 3847, '3,310–3,850'],
    [950_000, 1_100_000, '950,000–1.1 million'],
    [570_562_413, 1_035_026_721, '571 million–1.04 billion'],
  ])('formatPeopleRangeShort(%d, %d) is %s', (low, high, expected) => {
    expect(formatPeopleRangeShort(low, high)).toBe(expected);
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
