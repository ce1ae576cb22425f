import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuantityUnit } from '../../src/claims/claim';
import { verdict, type VerdictKind } from '../../src/claims/verdict';

const PEOPLE = { subject: 'members, spouses and children under 21', unit: 'people' as QuantityUnit };
const model = { median: 189e6, p05: 183e6, p95: 196e6 };

describe('verdict', () => {
  // Constructed cases: the claim against a model of 189 million (183-196 million).
  it.each<[string, { low: number; high: number }, VerdictKind, number]>([
    ['a point inside the interval', { low: 190e6, high: 190e6 }, 'supported', 190 / 189],
    ['a point at the median', { low: 189e6, high: 189e6 }, 'supported', 1],
    ['a point touching the top edge', { low: 196e6, high: 196e6 }, 'supported', 196 / 189],
    ['a point touching the bottom edge', { low: 183e6, high: 183e6 }, 'supported', 189 / 183],
    ['a point above', { low: 270e6, high: 270e6 }, 'too-high', 270 / 189],
    ['a point below', { low: 92e6, high: 92e6 }, 'too-low', 189 / 92],
    ['a range around the median', { low: 150e6, high: 250e6 }, 'supported', 1],
    ['a range overlapping the top', { low: 195e6, high: 300e6 }, 'supported', 195 / 189],
    ['a range overlapping the bottom', { low: 100e6, high: 183e6 }, 'supported', 189 / 183],
    ['a range starting at the top edge', { low: 196e6, high: 300e6 }, 'supported', 196 / 189],
    ['a range above, judged by its low end', { low: 265e6, high: 275e6 }, 'too-high', 265 / 189],
    ['a range below, judged by its high end', { low: 0, high: 150e6 }, 'too-low', 189 / 150],
    ['a zero claim below', { low: 0, high: 0 }, 'too-low', Infinity],
  ])('%s', (_, claimed, kind, factor) => {
    const result = verdict(claimed, model, PEOPLE);
    expect(result.kind).toBe(kind);
    expect(result.factor).toBeCloseTo(factor, 12);
    expect(result.reason).toMatch(
      /^The model puts members, spouses and children under 21 at 189 million \(183–196 million\); /,
    );
    expect(result.reason).not.toContain('\n');
  });

  it('says it in plain English, as the issue asks', () => {
    expect(verdict({ low: 270e6, high: 270e6 }, model, PEOPLE).reason).toBe(
      'The model puts members, spouses and children under 21 at 189 million (183–196 million); 270 million is 1.4 times the median.',
    );
    expect(verdict({ low: 265e6, high: 275e6 }, model, PEOPLE).reason).toBe(
      'The model puts members, spouses and children under 21 at 189 million (183–196 million); 265–275 million is too high: even its low end, 265 million, is 1.4 times the median.',
    );
    expect(
      verdict({ low: 0.225, high: 0.2917 }, { median: 0.431, p05: 0.408, p95: 0.454 }, { subject: 'x', unit: 'share' })
        .reason,
    ).toBe(
      'The model puts x at 43.1% (40.8–45.4%); 22.5–29.2% is too low: the median is 1.5 times even its high end, 29.2%.',
    );
    expect(
      verdict({ low: 0, high: 97 }, { median: 16, p05: 16, p95: 16 }, { subject: 'y', unit: 'countries' }).reason,
    ).toBe('The model puts y at 16 countries; 0–97 countries includes its whole 90% interval.');
  });

  it.each<[string, { low: number; high: number }, { median: number; p05: number; p95: number }, VerdictKind, number]>([
    ['zero claim, zero model', { low: 0, high: 0 }, { median: 0, p05: 0, p95: 0 }, 'supported', 1],
    ['positive claim, zero model', { low: 5, high: 5 }, { median: 0, p05: 0, p95: 0 }, 'too-high', Infinity],
    ['zero claim, positive model', { low: 0, high: 0 }, { median: 4, p05: 4, p95: 4 }, 'too-low', Infinity],
    [
      'claim inside an interval with a zero median',
      { low: 3, high: 3 },
      { median: 0, p05: 0, p95: 5 },
      'supported',
      Infinity,
    ],
    ['exact model, equal point claim', { low: 4, high: 4 }, { median: 4, p05: 4, p95: 4 }, 'supported', 1],
  ])('zero and exact values: %s', (_, claimed, modelled, kind, factor) => {
    const result = verdict(claimed, modelled, PEOPLE);
    expect(result.kind).toBe(kind);
    expect(result.factor).toBe(factor);
    expect(result.reason).not.toMatch(/NaN|Infinity/);
  });

  const sorted = (n: number) =>
    fc
      .array(fc.double({ min: 0, max: 2e9, noNaN: true }), { minLength: n, maxLength: n })
      .map((values) => values.sort((a, b) => a - b));

  it('is supported exactly when the claimed range meets the 90% interval, and its factor is 1 or more', () => {
    fc.assert(
      fc.property(sorted(2), sorted(3), ([low, high], [p05, median, p95]) => {
        const result = verdict({ low: low!, high: high! }, { median: median!, p05: p05!, p95: p95! }, PEOPLE);
        const meets = low! <= p95! && high! >= p05!;
        expect(result.kind === 'supported').toBe(meets);
        if (!meets) expect(result.kind).toBe(low! > p95! ? 'too-high' : 'too-low');
        expect(result.factor).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
