import { describe, expect, it } from 'vitest';
import { formatRatio, formatRatioValue } from '../../src/format/formatRatio';

describe('formatRatio', () => {
  it.each([
    [{ median: 903.2, p05: 838.1, p95: 973.4 }, '903 times (838–973)'],
    [{ median: 6, p05: 6, p95: 6 }, '6 times'],
    [{ median: 2.274, p05: 2.1, p95: 2.45 }, '2.27 times (2.1–2.45)'],
    [{ median: 12.34, p05: 8.21, p95: 15.06 }, '12.3 times (8.21–15.1)'],
    [{ median: 1234.5, p05: 1100, p95: 1400 }, '1,230 times (1,100–1,400)'],
    [{ median: 45.1e6, p05: 42e6, p95: 48e6 }, '45.1 million times (42 million–48 million)'],
    // An interval that rounds to the median is not shown.
    [{ median: 3.001, p05: 2.9999, p95: 3.0004 }, '3 times'],
  ])('%j → %s', (ratio, expected) => {
    expect(formatRatio(ratio)).toBe(expected);
  });
});

describe('formatRatio in Chinese', () => {
  it.each([
    [{ median: 903.2, p05: 838.1, p95: 973.4 }, '903倍（838–973）', '903倍（838–973）'],
    [{ median: 6, p05: 6, p95: 6 }, '6倍', '6倍'],
    [{ median: 2.274, p05: 2.1, p95: 2.45 }, '2.27倍（2.1–2.45）', '2.27倍（2.1–2.45）'],
    [{ median: 1234.5, p05: 1100, p95: 1400 }, '1,230倍（1,100–1,400）', '1,230倍（1,100–1,400）'],
    [{ median: 45.1e6, p05: 42e6, p95: 48e6 }, '4510万倍（4200万–4800万）', '4510萬倍（4200萬–4800萬）'],
    [{ median: 3.001, p05: 2.9999, p95: 3.0004 }, '3倍', '3倍'],
  ])('%j → %s / %s', (ratio, hans, hant) => {
    expect(formatRatio(ratio, 'zh-Hans')).toBe(hans);
    expect(formatRatio(ratio, 'zh-Hant')).toBe(hant);
  });
});

describe('formatRatioValue', () => {
  // A ratio alone, in English, Simplified and Traditional Chinese: never an exponent.
  it.each([
    [22_978_500, '23,000,000', '2300万', '2300萬'],
    [1234.5, '1,230', '1,230', '1,230'],
    [999.6, '1,000', '1,000', '1,000'],
    [2.2797, '2.28', '2.28', '2.28'],
    [1.5, '1.5', '1.5', '1.5'],
    [0.5, '0.5', '0.5', '0.5'],
    [1, '1', '1', '1'],
  ])('%d → %s / %s / %s', (ratio, english, hans, hant) => {
    expect(formatRatioValue(ratio)).toBe(english);
    expect(formatRatioValue(ratio, 'zh-Hans')).toBe(hans);
    expect(formatRatioValue(ratio, 'zh-Hant')).toBe(hant);
  });
});
