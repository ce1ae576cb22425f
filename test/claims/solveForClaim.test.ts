import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativesForReach, solveForClaim, type RequiredRelatives } from '../../src/claims/solveForClaim';
import { overlapAwareReach } from '../../src/model/reach';

const solvedK = (required: RequiredRelatives): number => {
  if (required.kind !== 'solved') throw new Error(`expected a solution, got ${required.kind}`);
  return required.relativesPerMember;
};

describe('relativesForReach', () => {
  // Known answers by hand. N = 1000, core = 100, so p = 0.1 and 1 - p + ρp = 0.9 + 0.1ρ.
  // A target of 550 means (N - core)(1 - e^-λ) = 450, half of the 900 others: λ = ln 2.
  it.each([
    { oddsRatio: 1, k: 10 * Math.LN2 }, // K = λ (0.9 + 0.1) / 0.1
    { oddsRatio: 2.5, k: 11.5 * Math.LN2 }, // K = λ (0.9 + 0.25) / 0.1
    { oddsRatio: 4, k: 13 * Math.LN2 },
  ])('N 1000, core 100, odds ratio $oddsRatio: 550 people need K = $k', ({ oddsRatio, k }) => {
    expect(solvedK(relativesForReach(550, { core: 100, population: 1000, oddsRatio }))).toBeCloseTo(k, 12);
  });

  it.each<[string, number, RequiredRelatives['kind']]>([
    ['the core itself needs no relatives', 100, 'solved'],
    ['below the core alone', 99, 'below-core'],
    ['the whole population', 1000, 'whole-population'],
    ['more than the population', 2000, 'whole-population'],
  ])('%s', (_, reach, kind) => {
    const required = relativesForReach(reach, { core: 100, population: 1000, oddsRatio: 2 });
    expect(required.kind).toBe(kind);
    if (reach === 100) expect(solvedK(required)).toBe(0);
  });

  it('finds no K for a core of 0: no one is reached whatever the relatives', () => {
    expect(relativesForReach(10, { core: 0, population: 1000, oddsRatio: 2 }).kind).toBe('whole-population');
    expect(solvedK(relativesForReach(0, { core: 0, population: 1000, oddsRatio: 2 }))).toBe(0);
  });

  it('gives about 3.7 relatives per member for a quarter of 2019 China, as docs/method.md says', () => {
    const basis = { core: 91_914_000, population: 1_400_050_000, oddsRatio: 2.5 };
    expect(solvedK(relativesForReach(0.25 * basis.population, basis))).toBeCloseTo(3.68, 2);
  });

  const case_ = fc
    .record({
      population: fc.double({ min: 1e3, max: 2e9, noNaN: true }),
      coreShare: fc.double({ min: 1e-7, max: 0.95, noNaN: true }),
      reachShare: fc.double({ min: 0, max: 0.999, noNaN: true }),
      oddsRatio: fc.double({ min: 1, max: 20, noNaN: true }),
    })
    .map(({ population, coreShare, reachShare, oddsRatio }) => {
      const core = coreShare * population;
      return { population, core, oddsRatio, target: core + reachShare * (population - core) };
    });

  it('round-trips: overlapAwareReach with the solved K gives the target within 1e-6 relative', () => {
    fc.assert(
      fc.property(case_, ({ population, core, oddsRatio, target }) => {
        const k = solvedK(relativesForReach(target, { core, population, oddsRatio }));
        expect(k).toBeGreaterThanOrEqual(0);
        const reach = overlapAwareReach(core, k, population, oddsRatio).peopleReached;
        expect(Math.abs(reach - target) / target).toBeLessThan(1e-6);
      }),
    );
  });

  it('needs more relatives for a larger target', () => {
    fc.assert(
      fc.property(case_, fc.double({ min: 0, max: 1, noNaN: true }), (c, t) => {
        const basis = { core: c.core, population: c.population, oddsRatio: c.oddsRatio };
        const higher = c.target + t * (c.population - c.target) * 0.5;
        expect(solvedK(relativesForReach(higher, basis))).toBeGreaterThanOrEqual(
          solvedK(relativesForReach(c.target, basis)),
        );
      }),
    );
  });
});

describe('solveForClaim', () => {
  const basis = { core: 100, population: 1000, oddsRatio: 1 };

  it('solves both ends of a range and says the model K is outside', () => {
    const result = solveForClaim({ low: 550, high: 550 }, basis, { median: 2, p05: 1.5, p95: 2.5 });
    expect(solvedK(result.required.low)).toBeCloseTo(10 * Math.LN2, 12);
    expect(result.required.high).toEqual(result.required.low);
    expect(result.insideModelInterval).toBe(false);
    expect(result.reason).toBe(
      "It would take 6.93 covered relatives per member, outside the model's 2.00 (1.50–2.50).",
    );
  });

  it('says when the K needed lies inside the model interval', () => {
    const result = solveForClaim({ low: 500, high: 600 }, basis, { median: 7, p05: 6, p95: 8 });
    expect(result.insideModelInterval).toBe(true);
    expect(result.reason).toMatch(/^It would take \d\.\d\d to \d\.\d\d covered relatives per member, within/);
  });

  it('says when no K gets there', () => {
    expect(solveForClaim({ low: 10, high: 50 }, basis, { median: 1, p05: 1, p95: 1 }).reason).toMatch(
      /members alone are more than the claim/,
    );
    expect(solveForClaim({ low: 1000, high: 1200 }, basis, { median: 1, p05: 1, p95: 1 }).reason).toMatch(
      /whole population/,
    );
    const members = solveForClaim({ low: 550, high: 550 }, basis, { median: 0, p05: 0, p95: 0 });
    expect(members.reason).toMatch(/the scope covers no relatives/);
  });

  it('counts a claim partly below the core from K = 0', () => {
    const result = solveForClaim({ low: 50, high: 550 }, basis, { median: 0, p05: 0, p95: 0 });
    expect(result.required.low.kind).toBe('below-core');
    expect(result.insideModelInterval).toBe(true);
    expect(result.reason).toMatch(/^It would take 0 to 6\.93 covered relatives per member, within/);
  });

  it('leaves the top open for a claim reaching the whole population', () => {
    const result = solveForClaim({ low: 550, high: 1000 }, basis, { median: 8, p05: 7, p95: 9 });
    expect(result.required.high.kind).toBe('whole-population');
    expect(result.insideModelInterval).toBe(true);
    expect(result.reason).toMatch(/^It would take 6\.93 or more covered relatives per member, within/);
  });
});
