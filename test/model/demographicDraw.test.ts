import { quantileSorted, sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { drawDemographics } from '../../src/model/demographicDraw';
import { DEMOGRAPHIC_INDEX, DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';
import { drawUniforms } from '../../src/model/drawUniforms';
import type { Range } from '../../src/model/range';
import { createRng } from '../../src/model/rng';
import { triangularQuantile } from '../../src/model/triangularQuantile';
import { DEFAULT_DEMOGRAPHIC_RANGES } from '../../src/data/defaultDemographicRanges';

const SLOTS = DEMOGRAPHIC_KEYS.length + 1;
const RANGES: Range[] = DEMOGRAPHIC_KEYS.map((key) => DEFAULT_DEMOGRAPHIC_RANGES[key]);

/** Every input's value on each of `draws` draws, seeded. */
function draw(correlation: number, draws: number, seed = 20261126): Float64Array[] {
  const uniforms = drawUniforms(createRng(seed), draws, SLOTS);
  return Array.from({ length: draws }, (_, i) => {
    const out = new Float64Array(DEMOGRAPHIC_KEYS.length);
    drawDemographics(uniforms, i * SLOTS, i * SLOTS + DEMOGRAPHIC_KEYS.length, RANGES, correlation, out);
    return out;
  });
}

const column = (rows: Float64Array[], key: (typeof DEMOGRAPHIC_KEYS)[number]) =>
  rows.map((row) => row[DEMOGRAPHIC_INDEX[key]]!);

describe('drawDemographics', () => {
  it('with no correlation, takes each input from its own uniform', () => {
    const uniforms = drawUniforms(createRng(7), 1, SLOTS);
    const out = new Float64Array(DEMOGRAPHIC_KEYS.length);
    drawDemographics(uniforms, 0, DEMOGRAPHIC_KEYS.length, RANGES, 0, out);
    DEMOGRAPHIC_KEYS.forEach((key, k) => expect(out[k], key).toBe(triangularQuantile(uniforms[k]!, RANGES[k]!)));
  });

  // Seeded statistical tests: 20,000 draws, tolerances several standard errors wide.
  const rows = draw(0.5, 20_000);

  it("keeps each input's own triangular distribution when correlated", () => {
    const values = column(rows, 'childrenCohort1970').sort((a, b) => a - b);
    const range = DEFAULT_DEMOGRAPHIC_RANGES.childrenCohort1970;
    for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) {
      expect(quantileSorted(values, p)).toBeCloseTo(triangularQuantile(p, range), 1);
    }
  });

  it('moves the family-size inputs together: Spearman ρ = (6/π) asin(r/2), 0.48 for r = 0.5', () => {
    const rho = sampleRankCorrelation(column(rows, 'childrenCohort1970'), column(rows, 'marriedShare31to60'));
    expect(rho).toBeGreaterThan(0.46);
    expect(rho).toBeLessThan(0.5);
  });

  it('leaves the other inputs independent', () => {
    const rho = sampleRankCorrelation(column(rows, 'childrenCohort1970'), column(rows, 'medianAgeAtDeathYears'));
    expect(Math.abs(rho)).toBeLessThan(0.03);
  });
});
