import { describe, expect, it } from 'vitest';
import { formatOneIn, formatShare, formatShareInterval } from '../../src/format/formatShare';

describe('formatShare', () => {
  it.each([
    [0.14484, '14.5%'],
    [0.25, '25.0%'],
    [0.0001, '0.0100%'],
    [0.0000025, '<0.01%'], // not "0.000250%": a precision no reader needs
    [0.00000000283, '<0.01%'],
    [0, '0%'],
  ])('%f reads as %s', (share, text) => expect(formatShare(share)).toBe(text));

  it('writes an interval once with its unit, and a tiny one as "<0.01%"', () => {
    expect(formatShareInterval({ median: 0.145, p05: 0.139, p95: 0.15 })).toBe('14.5% (13.9–15.0%)');
    expect(formatShareInterval({ median: 2.5e-6, p05: 2.4e-6, p95: 2.7e-6 })).toBe('<0.01%');
  });
});

describe('formatOneIn', () => {
  it.each([
    [4 / 1_412_120_000, '1 in 353 million'],
    [3612 / 1_408_280_000, '1 in 390,000'],
    [0.5, '1 in 2'],
    [0, '–'],
  ])('%f is %s', (share, text) => expect(formatOneIn(share)).toBe(text));
});

describe('formatOneIn in Chinese', () => {
  it.each([
    [4 / 1_412_120_000, '3.53亿分之一', '3.53億分之一'],
    [3612 / 1_408_280_000, '39万分之一', '39萬分之一'],
    [0.25, '4分之一', '4分之一'],
    [0, '–', '–'],
  ])('%f → %s / %s', (share, hans, hant) => {
    expect(formatOneIn(share, 'zh-Hans')).toBe(hans);
    expect(formatOneIn(share, 'zh-Hant')).toBe(hant);
  });
});
