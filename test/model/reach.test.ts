import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chanceOfAnyLink,
  naiveReach,
  overlapAwareReach,
  shareOfRelativesInCore,
  type OverlapParameters,
  type RelativeMix,
} from '../../src/model/reach';

const CHINA = { people: 1.4e9, adults: 1.1e9 };
const NO_CLUSTERING: OverlapParameters = { spouseOddsRatio: 1, familyOddsRatio: 1, dispersion: 0 };

describe('naiveReach', () => {
  it.each([
    [92e6, 1.93, 269.56e6], // the US government's arithmetic: 92 million × 2.93
    [376, 7, 3008],
    [4, 0, 4],
    [0, 5, 0],
  ])('core %f with K %f is %f', (core, k, expected) => {
    expect(naiveReach(core, k)).toBeCloseTo(expected, 6);
  });
});

describe('shareOfRelativesInCore', () => {
  it.each([
    [0.083, 1, 0.083], // no clustering: q = p
    [0.083, 4, (4 * 0.083) / (1 - 0.083 + 4 * 0.083)], // about 0.27: two in five married female members
    [0.083, 0, 0], // minors: never members
    [0, 3, 0],
    [1, 3, 1],
  ])('p %f with odds ratio %f is %f', (p, odds, expected) => {
    expect(shareOfRelativesInCore(p, odds)).toBeCloseTo(expected, 12);
  });
});

describe('chanceOfAnyLink', () => {
  it.each([
    [0, 0, 0],
    [0.1, 0, 1 - Math.exp(-0.1)], // Poisson
    [1, 0, 1 - Math.exp(-1)],
    [1, 1, 0.5], // dispersion 1 is geometric: 1 - 1/(1 + λ)
    [0.5, 0.5, 1 - 1.25 ** -2], // 1 - (1 + cλ)^(-1/c)
  ])('λ %f with dispersion %f is %f', (lambda, dispersion, expected) => {
    expect(chanceOfAnyLink(lambda, dispersion)).toBeCloseTo(expected, 12);
  });

  it('is λ for a tiny λ, whatever the dispersion, without losing digits', () => {
    for (const dispersion of [0, 0.25, 1]) expect(chanceOfAnyLink(1e-12, dispersion) / 1e-12).toBeCloseTo(1, 9);
  });

  it('falls as links clump, for the same λ', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (lambda, c) => {
          expect(chanceOfAnyLink(lambda, c + 0.1)).toBeLessThanOrEqual(chanceOfAnyLink(lambda, c) + 1e-12);
        },
      ),
    );
  });
});

describe('overlapAwareReach', () => {
  it('matches a case worked by hand', () => {
    // 100 members among 1,000 adults (p = 0.1) and 1,000 minors; each has one spouse, no clustering:
    // q = 0.1, so 100 × 0.9 = 90 links fall on the 900 non-member adults, λ = 0.1, and
    // 900 (1 − e^−0.1) = 85.645 of them are reached. Each member also has half a minor child:
    // 50 links on 1,000 minors, λ = 0.05, 1,000 (1 − e^−0.05) = 48.771 reached.
    const reach = overlapAwareReach(
      100,
      { spouses: 1, otherAdults: 0, minors: 0.5 },
      { people: 2000, adults: 1000 },
      NO_CLUSTERING,
    );
    expect(reach.adultsReached).toBeCloseTo(100 + 900 * (1 - Math.exp(-0.1)), 9);
    expect(reach.peopleReached).toBeCloseTo(100 + 85.6463 + 48.7706, 3);
    expect(reach.relativesReached).toBeCloseTo(85.6463 + 48.7706, 3);
  });

  it('is core (1 + Σ k (1 − q)) for a small scope, with minors never in the core', () => {
    const mix: RelativeMix = { spouses: 0.9, otherAdults: 8, minors: 0.2 };
    const overlap = { spouseOddsRatio: 4, familyOddsRatio: 2.5, dispersion: 0.25 };
    const reach = overlapAwareReach(376, mix, CHINA, overlap).peopleReached;
    const p = 376 / CHINA.adults;
    const links = 0.9 * (1 - shareOfRelativesInCore(p, 4)) + 8 * (1 - shareOfRelativesInCore(p, 2.5)) + 0.2;
    // The second-order terms take off well under a hundredth of a person here.
    expect(Math.abs(reach - 376 * (1 + links))).toBeLessThan(0.01);
  });

  it('adds no one with no relatives covered', () => {
    expect(overlapAwareReach(92e6, { spouses: 0, otherAdults: 0, minors: 0 }, CHINA, NO_CLUSTERING)).toEqual({
      peopleReached: 92e6,
      adultsReached: 92e6,
      relativesReached: 0,
    });
  });

  it('reaches every adult when the core is all adults, and minors only through links', () => {
    const reach = overlapAwareReach(CHINA.adults, { spouses: 1, otherAdults: 5, minors: 0 }, CHINA, NO_CLUSTERING);
    expect(reach.peopleReached).toBe(CHINA.adults);
  });

  const mix = fc.record({
    spouses: fc.double({ min: 0, max: 1, noNaN: true }),
    otherAdults: fc.double({ min: 0, max: 30, noNaN: true }),
    minors: fc.double({ min: 0, max: 3, noNaN: true }),
  });
  const overlap = fc.record({
    spouseOddsRatio: fc.double({ min: 1, max: 100, noNaN: true }),
    familyOddsRatio: fc.double({ min: 1, max: 50, noNaN: true }),
    dispersion: fc.double({ min: 0, max: 2, noNaN: true }),
  });
  const coreShare = fc.double({ min: 0, max: 1, noNaN: true });
  const total = (m: RelativeMix) => m.spouses + m.otherAdults + m.minors;

  it('never exceeds the population or the naive count, and never falls below the core', () => {
    fc.assert(
      fc.property(coreShare, mix, overlap, (share, m, o) => {
        const core = share * CHINA.adults;
        const { peopleReached, adultsReached } = overlapAwareReach(core, m, CHINA, o);
        expect(peopleReached).toBeLessThanOrEqual(CHINA.people);
        expect(adultsReached).toBeLessThanOrEqual(CHINA.adults);
        // Relative rounding slack, plus a millionth of a person for subnormal cores (fast-check finds them).
        expect(peopleReached).toBeLessThanOrEqual(naiveReach(core, total(m)) * (1 + 1e-12) + 1e-6);
        expect(peopleReached).toBeGreaterThanOrEqual(core);
      }),
    );
  });

  it('rises with each kind of relative and with the core, and falls with clustering and with clumping', () => {
    fc.assert(
      fc.property(coreShare, mix, overlap, fc.double({ min: 0, max: 5, noNaN: true }), (share, m, o, extra) => {
        const core = share * CHINA.adults;
        const base = overlapAwareReach(core, m, CHINA, o).peopleReached;
        const slack = 1e-9 * CHINA.people;
        const more = (kind: keyof RelativeMix) =>
          overlapAwareReach(core, { ...m, [kind]: m[kind] + extra }, CHINA, o).peopleReached;
        expect(more('spouses')).toBeGreaterThanOrEqual(base - slack);
        expect(more('otherAdults')).toBeGreaterThanOrEqual(base - slack);
        expect(more('minors')).toBeGreaterThanOrEqual(base - slack);
        // λ_a = p k / (1 − p + ρp) rises with p, so a larger core never reaches fewer people.
        const biggerCore = Math.min(CHINA.adults, core + (extra / 5) * 0.2 * CHINA.adults);
        expect(overlapAwareReach(biggerCore, m, CHINA, o).peopleReached).toBeGreaterThanOrEqual(base - slack);
        const tighter = (change: Partial<OverlapParameters>) =>
          overlapAwareReach(core, m, CHINA, { ...o, ...change }).peopleReached;
        expect(tighter({ spouseOddsRatio: o.spouseOddsRatio + 1 })).toBeLessThanOrEqual(base + slack);
        expect(tighter({ familyOddsRatio: o.familyOddsRatio + 1 })).toBeLessThanOrEqual(base + slack);
        expect(tighter({ dispersion: o.dispersion + 0.5 })).toBeLessThanOrEqual(base + slack);
      }),
    );
  });
});
