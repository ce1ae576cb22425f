import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, type NumberStyle } from '../../src/format/formatNumber';

/** Every style the app writes numbers in, with the d3-format specifier it replaced. */
const STYLES: [string, NumberStyle][] = [
  ['.3~r', { significant: 3, trim: true }],
  [',.3~r', { significant: 3, trim: true, group: true }],
  ['.4~r', { significant: 4, trim: true }],
  ['.6~r', { significant: 6, trim: true }],
  ['.3p', { significant: 3, percent: true }],
  ['.3~p', { significant: 3, trim: true, percent: true }],
  [',.0f', { decimals: 0, group: true }],
  [',.2f', { decimals: 2, group: true }],
  ['.1f', { decimals: 1 }],
  ['.4f', { decimals: 4 }],
];

describe('formatNumber', () => {
  it.each([
    [1234.5, { significant: 3, trim: true, group: true }, '1,230'],
    [0.14484, { significant: 3, percent: true }, '14.5%'],
    [0.14, { significant: 3, percent: true }, '14.0%'],
    [0.2, { significant: 3, trim: true, percent: true }, '20%'],
    [-0.5, { decimals: 2 }, '\u22120.50'],
    [-0.0001, { decimals: 2 }, '0.00'],
    [0.000123456, { significant: 3, trim: true }, '0.000123'],
    [2.5, { significant: 3, trim: true }, '2.5'],
    [100271000, { significant: 12, trim: true, group: true }, '100,271,000'],
    [NaN, { significant: 3 }, 'NaN'],
    [-Infinity, { significant: 3 }, '\u2212Infinity'],
  ] as const)('writes %s as %j gives %s', (value, style, text) => {
    expect(formatNumber(value, style)).toBe(text);
  });

  // d3-format stays the reference: every style, over values from a millionth to a trillion and
  // their negatives, whole counts, and the values on rounding's edges.
  it.each(STYLES)('writes what d3-format %s writes', (specifier, style) => {
    const d3 = format(specifier);
    const values = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.double({ min: 1e-6, max: 10, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom(0, -0, 0.5, 0.05, 0.995, 9.995, 999.5, 0.0005),
      fc.integer({ min: 0, max: 99999 }).map((n) => n + 0.5),
      fc.integer({ min: 0, max: 99999 }).map((n) => n / 1000 + 0.0005),
    );
    fc.assert(
      fc.property(values, (value) => formatNumber(value, style) === d3(value)),
      { numRuns: 3000 },
    );
  });

  it("writes whole counts as d3-format's default grouping did (formatCount)", () => {
    const d3 = format(',');
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (count) => {
        return formatNumber(count, { significant: 12, trim: true, group: true }) === d3(count);
      }),
      { numRuns: 3000 },
    );
  });
});
