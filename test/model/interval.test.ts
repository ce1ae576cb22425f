import fc from 'fast-check';
import { quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { intervalFrom, orderStatistics, summarizeSample, type Interval } from '../../src/model/interval';

/** The reference: simple-statistics' quantile (R's type 7) at p05, median and p95. */
function reference(sample: Float64Array) {
  const [p05, median, p95] = quantile([...sample], [0.05, 0.5, 0.95]);
  return { p05, median, p95 };
}

// Values with many ties and signs, as Monte Carlo samples of counts and shares have.
const samples = fc
  .array(
    fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
    ),
    { minLength: 2, maxLength: 700 },
  )
  .filter((values) => values.some((v) => v !== values[0]))
  .map((values) => Float64Array.from(values));

describe('summarizeSample', () => {
  it('gives simple-statistics’ quantiles to the bit, for any sample', () => {
    fc.assert(
      fc.property(samples, (sample) => {
        const before = sample.slice();
        // Equal as numbers: -0 and 0 compare equal, so which one selection leaves where is arbitrary.
        const asNumbers = (interval: Partial<Interval>) =>
          Object.fromEntries(Object.entries(interval).map(([key, value]) => [key, value + 0]));
        expect(asNumbers(summarizeSample(sample))).toEqual(asNumbers(reference(sample)));
        expect(sample).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['one value', [7], { p05: 7, median: 7, p95: 7 }],
    ['a constant sample', [3, 3, 3], { p05: 3, median: 3, p95: 3 }],
    ['two values', [10, 0], { p05: 0.5, median: 5, p95: 9.5 }],
    ['0 to 100', Array.from({ length: 101 }, (_, i) => 100 - i), { p05: 5, median: 50, p95: 95 }],
  ])('summarises %s', (_name, values, interval) => {
    expect(summarizeSample(Float64Array.from(values))).toEqual(interval);
  });
});

describe('intervalFrom with a transform', () => {
  it('equals the interval of the transformed sample, for a non-decreasing transform', () => {
    const transforms = [(v: number) => 3.7 * v, (v: number) => 1e6 * (1 + v), (v: number) => Math.max(v, 0) ** 2];
    fc.assert(
      fc.property(samples, fc.constantFrom(0, 1, 2), (sample, which) => {
        const transform = transforms[which]!;
        const direct = summarizeSample(sample.map(transform));
        expect(intervalFrom(orderStatistics(sample), transform)).toEqual(direct);
      }),
      { numRuns: 300 },
    );
  });
});
