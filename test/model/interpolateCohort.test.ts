import { describe, expect, it } from 'vitest';
import { cohortWeights, interpolateCohort } from '../../src/model/interpolateCohort';

const COHORTS = [1950, 1970, 1990] as const;
const VALUES = [2.5, 1.25, 1.2] as const;

describe('interpolateCohort', () => {
  it.each([
    [1930, 2.5], // held flat before the first cohort
    [1950, 2.5],
    [1960, 1.875],
    [1970, 1.25],
    [1980, 1.225],
    [1990, 1.2],
    [2005, 1.2], // held flat after the last
  ])('birth year %i gives %f', (year, expected) => {
    expect(interpolateCohort(year, COHORTS, VALUES)).toBeCloseTo(expected, 12);
  });

  it('has weights that sum to 1 and lie in [0, 1]', () => {
    for (let year = 1900; year <= 2020; year += 3) {
      const weights = cohortWeights(year, COHORTS);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
    }
  });
});
