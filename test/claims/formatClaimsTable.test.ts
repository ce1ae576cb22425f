import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenWords, WORDS_WIDTH } from '../../src/claims/shortenWords';
import { formatClaimed, formatQuantity, formatQuantityInterval } from '../../src/claims/formatQuantity';

describe('shortenWords', () => {
  it.each([
    [
      'Include their families, and you’re talking about prohibiting a quarter of China’s population from visiting the U.S.',
      'prohibiting a quarter of',
    ],
    [
      'But the Chinese Communist Party has 92 million members. It’s bigger than most countries in the world.',
      'most countries',
    ],
    [
      'In principle, the new visa policy could affect the travel of roughly 270 million people, according to',
      'roughly 270',
    ],
    ['short words', 'short words'],
  ])('keeps the claim in %s', (words, kept) => {
    const short = shortenWords(words);
    expect(short).toContain(kept);
    expect(short.length).toBeLessThanOrEqual(WORDS_WIDTH);
  });

  it('never exceeds the width and keeps words whole where it can', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 8, max: 80 }), (words, width) => {
        expect(shortenWords(words, width).length).toBeLessThanOrEqual(
          Math.max(width, words.trim().length <= width ? width : 0),
        );
      }),
    );
  });
});

describe('formatQuantity', () => {
  it.each([
    ['people', 189.3e6, '189 million'],
    ['people', 1e9, '1 billion'],
    ['people', 1.4123e9, '1.41 billion'],
    ['people', 3583, '3,580'],
    ['share', 0.2, '20%'],
    ['share', 0.0657, '6.57%'],
    ['countries', 16, '16 countries'],
    ['countries', 1, '1 country'],
  ] as const)('%s %f is %s', (unit, value, text) => {
    expect(formatQuantity(unit, value)).toBe(text);
  });

  it.each([
    ['people', { low: 265e6, high: 275e6 }, '265–275 million'],
    ['people', { low: 9e8, high: 1e9 }, '900 million–1 billion'],
    ['people', { low: 270e6, high: 270e6 }, '270 million'],
    ['share', { low: 0.225, high: 0.2917 }, '22.5–29.2%'],
    ['countries', { low: 0, high: 97 }, '0–97 countries'],
  ] as const)('claimed %s %j is %s', (unit, range, text) => {
    expect(formatClaimed(unit, range)).toBe(text);
  });

  it.each([
    ['people', { median: 189e6, p05: 183e6, p95: 196e6 }, '189 million (183–196 million)'],
    ['people', { median: 99_185_000, p05: 99_185_000, p95: 99_185_000 }, '99.2 million'],
    ['share', { median: 0.135, p05: 0.13, p95: 0.14 }, '13.5% (13.0–14.0%)'],
    ['countries', { median: 16, p05: 15, p95: 17 }, '16 (15–17) countries'],
  ] as const)('modelled %s %j is %s', (unit, interval, text) => {
    expect(formatQuantityInterval(unit, interval)).toBe(text);
  });
});
