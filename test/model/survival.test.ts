import { describe, expect, it } from 'vitest';
import { survivalToAge } from '../../src/model/survival';

describe('survivalToAge', () => {
  it.each([
    [10, 78, 1],
    [20, 78, 1],
    [78, 78, 0.5],
    [80, 80, 0.5],
  ])('S(%f) with median %f is %f', (age, median, expected) => {
    expect(survivalToAge(age, median)).toBeCloseTo(expected, 12);
  });

  it('matches the Gompertz formula at age 60, median 79', () => {
    const theta = 0.09;
    const expected = Math.pow(
      2,
      -(Math.exp(theta * 60) - Math.exp(theta * 20)) / (Math.exp(theta * 79) - Math.exp(theta * 20)),
    );
    expect(survivalToAge(60, 79)).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(0.85);
    expect(expected).toBeLessThan(0.95);
  });

  it('falls with age and rises with the median age at death', () => {
    let previous = 1;
    for (let age = 20; age <= 110; age += 5) {
      const s = survivalToAge(age, 79);
      expect(s).toBeLessThanOrEqual(previous);
      expect(survivalToAge(age, 83)).toBeGreaterThanOrEqual(s);
      previous = s;
    }
    expect(survivalToAge(105, 79)).toBeLessThan(0.01);
  });
});
