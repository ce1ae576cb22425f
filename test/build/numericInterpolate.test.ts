import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The real d3-interpolate, by path: the bare name is aliased to the module under test.
import * as d3 from '../../node_modules/d3-interpolate/dist/d3-interpolate.mjs';
import * as numeric from '../../build/numericInterpolate';
import { scaleLinear, scaleLog } from 'd3-scale';

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const t = fc.double({ min: -0.5, max: 1.5, noNaN: true });

describe('numericInterpolate', () => {
  it('matches d3-interpolate on numbers: interpolate, interpolateNumber, interpolateRound', () => {
    fc.assert(
      fc.property(finite, finite, t, (a, b, at) => {
        expect(numeric.interpolate(a, b)(at)).toBe(d3.interpolate(a, b)(at));
        expect(numeric.interpolateNumber(a, b)(at)).toBe(d3.interpolateNumber(a, b)(at));
        expect(numeric.interpolateRound(a, b)(at)).toBe(d3.interpolateRound(a, b)(at));
      }),
    );
  });

  it('matches d3-interpolate’s piecewise, with and without an interpolator', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 6 }), t, (values, at) => {
        expect(numeric.piecewise(numeric.interpolateRound, values)(at)).toBe(
          d3.piecewise(d3.interpolateRound, values)(at),
        );
        expect(numeric.piecewise(values as never)(at)).toBe(d3.piecewise(values)(at));
      }),
    );
  });

  it('is what d3-scale uses here, and scales still map onto pixels', () => {
    expect(scaleLinear().interpolate()).toBe(numeric.interpolate);
    expect(scaleLog().domain([1, 1e9]).range([0, 900])(1e3)).toBeCloseTo(300, 9);
    expect(scaleLinear().domain([0, 1]).range([10, 20]).interpolate(numeric.interpolateRound)(0.26)).toBe(13);
  });

  it('fails loudly on a range that is not numbers, where the real one would blend colours', () => {
    expect(() => scaleLinear<string>().range(['white', 'steelblue'])(0.5)).toThrow(/numbers only.*white/);
    expect(() => numeric.interpolateRound('1' as never, 2)).toThrow(TypeError);
  });
});
