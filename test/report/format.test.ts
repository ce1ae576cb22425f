import { describe, expect, it } from 'vitest';
import { formatPeople, formatPeopleInterval, formatPeopleMedian } from '../../src/report/formatPeople';
import { formatShare, formatShareInterval } from '../../src/report/formatShare';

describe('formatPeople', () => {
  it.each([
    [4, '4'],
    [376, '376'],
    [3584.4, '3,580'],
    [203_987_352, '204,000,000'],
    [Number.NaN, '–'],
  ])('%f reads as %s', (people, text) => expect(formatPeople(people)).toBe(text));

  it('shows an exact count in full and an uncertain one rounded', () => {
    expect(formatPeopleInterval({ median: 100_271_000, p05: 100_271_000, p95: 100_271_000 })).toBe('100,271,000');
    expect(formatPeopleInterval({ median: 2_912, p05: 1_903, p95: 4_080 })).toBe('2,910 (1,900–4,080)');
    expect(formatPeopleMedian({ median: 2_912, p05: 1_903, p95: 4_080 })).toBe('2,910');
  });
});

describe('formatShare', () => {
  it.each([
    [0.14484, '14.5%'],
    [0.25, '25.0%'],
    [0.0000025, '0.000250%'],
    [0, '0%'],
  ])('%f reads as %s', (share, text) => expect(formatShare(share)).toBe(text));

  it('writes an interval once with its unit', () => {
    expect(formatShareInterval({ median: 0.145, p05: 0.139, p95: 0.15 })).toBe('14.5% (13.9–15.0%)');
  });
});
