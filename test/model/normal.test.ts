import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalCdfExact, normalQuantile } from '../../src/model/normal';

describe('normalQuantile', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963985],
    [0.025, -1.959963985],
    [0.8413447461, 1],
    [0.001, -3.090232306],
    [1e-10, -6.361340902],
  ])('Φ⁻¹(%f) is %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });
});

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447461],
    [-1.959963985, 0.025],
    [3, 0.998650102],
    [-9, 0],
  ])('Φ(%f) is %f', (z, p) => {
    expect(normalCdfExact(z)).toBeCloseTo(p, 6);
    expect(normalCdf(z)).toBeCloseTo(p, 6);
  });

  it('interpolates its table to within 1e-6 of the exact function, and never falls', () => {
    fc.assert(
      fc.property(fc.double({ min: -9, max: 9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (z, dz) => {
        expect(Math.abs(normalCdf(z) - normalCdfExact(z))).toBeLessThan(1e-6);
        expect(normalCdf(z + dz)).toBeGreaterThanOrEqual(normalCdf(z));
      }),
    );
  });

  it('inverts the quantile function', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(2e-6);
      }),
    );
  });
});
