import { describe, expect, it } from 'vitest';
import { describeReading, type ClaimedAmount } from '../../src/claims/claimedAmount';
import { claimedRange } from '../../src/claims/claimedRange';

describe('claimedRange', () => {
  it.each<[string, ClaimedAmount, number, number]>([
    // "roughly 270 million", last stated digit tens of millions: 265-275 million.
    ['about', { hedge: 'about', value: 270e6, step: 10e6 }, 265e6, 275e6],
    // "up to 270 million": the most, and a number that rounds to 270 million: 265-270 million.
    ['up to', { hedge: 'up-to', value: 270e6, step: 10e6 }, 265e6, 270e6],
    // "nearly 10 percent": just short of 10%, within one percentage point.
    ['nearly', { hedge: 'nearly', value: 0.1, step: 0.01 }, 0.09, 0.1],
    ['nearly one billion', { hedge: 'nearly', value: 1e9, step: 1e8 }, 9e8, 1e9],
    // "a quarter": nearer 1/4 than 1/5 or 1/3: (1/5 + 1/4)/2 = 0.225 to (1/4 + 1/3)/2 = 0.2917.
    ['a quarter', { hedge: 'fraction', denominator: 4 }, 0.225, 7 / 24],
    // "up to a fifth": nearer 1/5 than 1/6, no more than 1/5: (1/6 + 1/5)/2 = 0.1833 to 0.2.
    ['up to a fifth', { hedge: 'up-to-fraction', denominator: 5 }, 11 / 60, 0.2],
    ['at most', { hedge: 'at-most', value: 97 }, 0, 97],
    ['a stated range', { hedge: 'range', low: 3, high: 4 }, 3, 4],
  ])('reads "%s" by its rule', (_, amount, low, high) => {
    const range = claimedRange(amount);
    expect(range.low).toBeCloseTo(low, 12);
    expect(range.high).toBeCloseTo(high, 12);
  });
});

describe('describeReading', () => {
  it.each<[ClaimedAmount, 'people' | 'share' | 'countries', string]>([
    [
      { hedge: 'fraction', denominator: 4 },
      'share',
      '"A quarter": any share nearer a quarter than a fifth or a third: 22.5–29.2%.',
    ],
    [{ hedge: 'nearly', value: 0.1, step: 0.01 }, 'share', '"Nearly" 10%: just short of it, within 1%: 9–10%.'],
    [
      { hedge: 'up-to', value: 270e6, step: 10e6 },
      'people',
      '"Up to" 270 million: the most the measure could reach, and a number that rounds to it: 265–270 million.',
    ],
  ])('says how %j was read', (amount, unit, sentence) => {
    expect(describeReading(amount, unit)).toBe(sentence);
  });
});
