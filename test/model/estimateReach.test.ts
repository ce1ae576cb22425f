import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import { estimateReach, estimateReachInSteps, type ScopeEstimate } from '../../src/model/estimateReach';
import type { Interval } from '../../src/model/interval';
import type { ModelInputs, ScopeInputs } from '../../src/model/modelInputs';
import { exactRange } from '../../src/model/range';
import { overlapAwareReach } from '../../src/model/reach';
import { RELATION_TYPES, type RelationType } from '../../src/model/relationType';
import { relativesAtAge } from '../../src/model/relativesByType';
import { modelInputsArb } from '../helpers/arbitraries';
import { ROUND_PARAMETERS, parameterValues } from '../helpers/parameters';

const ordered = (interval: Interval) => interval.p05 <= interval.median && interval.median <= interval.p95;
const atLeast = (a: Interval, b: Interval, slack = 0) =>
  a.p05 >= b.p05 - slack && a.median >= b.median - slack && a.p95 >= b.p95 - slack;
const summaries = (scope: ScopeEstimate) => [
  scope.corePeople,
  scope.relativesPerMember,
  scope.naiveReach,
  scope.peopleReached,
  scope.shareOfPopulation,
  scope.shareOfAdults,
  ...scope.constrainedPerYear.map((c) => c.people),
];

describe('estimateReach invariants (property tests over random scenarios)', () => {
  it('orders every interval, keeps reach within [core, naive] and within the population', () => {
    fc.assert(
      fc.property(modelInputsArb, (inputs) => {
        for (const scope of estimateReach(inputs).scopes) {
          for (const interval of summaries(scope)) expect(ordered(interval)).toBe(true);
          const slack = 1e-9 * scope.population;
          expect(scope.peopleReached.p95).toBeLessThanOrEqual(scope.population + slack);
          expect(atLeast(scope.naiveReach, scope.peopleReached, slack)).toBe(true);
          expect(atLeast(scope.peopleReached, scope.corePeople, slack)).toBe(true);
          expect(scope.shareOfPopulation.p95).toBeLessThanOrEqual(1 + 1e-9);
          expect(scope.shareOfAdults.p95).toBeLessThanOrEqual(1 / 0.789 + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(modelInputsArb, (inputs) => {
        const [a, b] = [estimateReach(inputs), estimateReach(inputs)];
        expect(a).toEqual(b); // Float64Arrays of draws included: same seed, same draws
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same numbers in slices as at once, pausing after each slice and each scope', () => {
    fc.assert(
      fc.property(modelInputsArb, fc.integer({ min: 1, max: 400 }), (inputs, drawsPerSlice) => {
        const steps = estimateReachInSteps(inputs, undefined, drawsPerSlice);
        let pauses = 0;
        let step = steps.next();
        for (; !step.done; step = steps.next()) pauses++;
        expect(pauses).toBe(Math.ceil(inputs.samples / drawsPerSlice) + inputs.scopes.length);
        expect(step.value).toEqual(estimateReach(inputs));
      }),
      { numRuns: 30 },
    );
  });

  it('never lowers reach when the family rule covers one more relation type', () => {
    fc.assert(
      fc.property(modelInputsArb, fc.constantFrom(...RELATION_TYPES), (inputs, extra) => {
        const widened: ModelInputs = {
          ...inputs,
          scopes: inputs.scopes.map((s) => ({ ...s, family: [...new Set<RelationType>([...s.family, extra])] })),
        };
        const before = estimateReach(inputs).scopes;
        const after = estimateReach(widened).scopes;
        before.forEach((scope, i) => {
          const slack = 1e-9 * scope.population;
          expect(atLeast(after[i]!.peopleReached, scope.peopleReached, slack)).toBe(true);
          expect(atLeast(after[i]!.naiveReach, scope.naiveReach, slack)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('never lowers reach when the base group grows', () => {
    fc.assert(
      fc.property(modelInputsArb, fc.double({ min: 1, max: 3, noNaN: true }), (inputs, factor) => {
        const grown: ModelInputs = {
          ...inputs,
          scopes: inputs.scopes.map((s) => ({
            ...s,
            basePeople: {
              low: Math.min(s.population, s.basePeople.low * factor),
              mode: Math.min(s.population, s.basePeople.mode * factor),
              high: Math.min(s.population, s.basePeople.high * factor),
            },
          })),
        };
        const before = estimateReach(inputs).scopes;
        const after = estimateReach(grown).scopes;
        before.forEach((scope, i) => {
          expect(atLeast(after[i]!.peopleReached, scope.peopleReached, 1e-9 * scope.population)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('estimates each reading on the same draws as a scope whose family is that reading', () => {
    fc.assert(
      fc.property(modelInputsArb, (inputs) => {
        const first = inputs.scopes[0]!;
        const estimate = estimateReach(inputs).scopes[0]!;
        first.readings.forEach((reading, r) => {
          const alone = estimateReach({
            ...inputs,
            scopes: [{ ...first, family: reading.family, readings: [] }],
          }).scopes[0]!;
          expect(estimate.readings[r]!.peopleReached).toEqual(alone.peopleReached);
          expect(estimate.readings[r]!.shareOfAdults).toEqual(alone.shareOfAdults);
          expect(estimate.readings[r]!.relativesPerMember).toEqual(alone.relativesPerMember);
        });
        expect(estimate.readings.map((reading) => reading.id)).toEqual(first.readings.map((reading) => reading.id));
      }),
      { numRuns: 30 },
    );
  });

  it('gives a scope the same numbers whatever other scopes are compared with it', () => {
    fc.assert(
      fc.property(modelInputsArb, (inputs) => {
        const alone = estimateReach({ ...inputs, scopes: [inputs.scopes[0]!] }).scopes[0]!;
        const together = estimateReach(inputs).scopes[0]!;
        expect(together.peopleReached).toEqual(alone.peopleReached);
        expect(together.naiveReach).toEqual(alone.naiveReach);
      }),
      { numRuns: 30 },
    );
  });
});

const exactDemographic = Object.fromEntries(
  Object.entries(ROUND_PARAMETERS).map(([key, value]) => [key, exactRange(value)]),
) as ModelInputs['demographic'];

const scope = (overrides: Partial<ScopeInputs>): ScopeInputs => ({
  id: 's',
  year: 2020,
  population: 1.4e9,
  adultPopulation: 1.4e9 * 0.789,
  basePeople: exactRange(1000),
  entities: 0,
  ageProfile: { id: 'one', label: 'one', points: [{ ageYears: 45, share: 1 }] },
  family: [],
  readings: [],
  conductShare: exactRange(1),
  waiverShare: exactRange(0),
  instruments: [],
  ...overrides,
});

describe('estimateReach on hand-computed cases', () => {
  it('with exact inputs, gives a zero-width interval at the closed-form values', () => {
    const family: RelationType[] = ['spouse', 'childUnder18', 'child18to20'];
    const [result] = estimateReach({
      seed: 1,
      samples: 200,
      demographic: exactDemographic,
      familySizeCorrelation: 0.5,
      scopes: [
        scope({
          basePeople: exactRange(92e6),
          family,
          conductShare: exactRange(0.5),
          waiverShare: exactRange(0.1),
          instruments: [{ kind: 'visaBan', exposurePerYear: exactRange(0.002) }],
        }),
      ],
    }).scopes;
    const relatives = relativesAtAge(45, 2020, parameterValues());
    const k = relatives.spouse + relatives.childUnder18 + relatives.child18to20;
    const core = 92e6 * 0.5 * 0.9;
    const reach = overlapAwareReach(
      core,
      { spouses: relatives.spouse, otherAdults: relatives.child18to20, minors: relatives.childUnder18 },
      { people: 1.4e9, adults: 1.4e9 * 0.789 },
      { spouseOddsRatio: 4, familyOddsRatio: 2, dispersion: 0 },
    );
    expect(result!.corePeople).toEqual({ median: core, p05: core, p95: core });
    expect(result!.relativesPerMember.median).toBeCloseTo(k, 12);
    expect(result!.naiveReach.median).toBeCloseTo(core * (1 + k), 3);
    expect(result!.peopleReached.median).toBeCloseTo(reach.peopleReached, 3);
    expect(result!.peopleReached.p05).toBe(result!.peopleReached.p95);
    expect(result!.shareOfAdults.median).toBeCloseTo(reach.adultsReached / (1.4e9 * 0.789), 12);
    expect(result!.constrainedPerYear[0]!.people.median).toBeCloseTo(reach.peopleReached * 0.002, 3);
  });

  it('recovers the median and 90% interval of a known distribution (seeded, 10,000 draws)', () => {
    // Symmetric triangle on [0, 100]: median 50; 5th percentile 100 sqrt(0.05 / 2) = 15.81.
    const [result] = estimateReach({
      seed: 2026,
      samples: 10_000,
      demographic: exactDemographic,
      familySizeCorrelation: 0,
      scopes: [scope({ basePeople: { low: 0, mode: 50, high: 100 } })],
    }).scopes;
    expect(Math.abs(result!.corePeople.median - 50)).toBeLessThan(1.5);
    expect(Math.abs(result!.corePeople.p05 - 15.81)).toBeLessThan(1.5);
    expect(Math.abs(result!.corePeople.p95 - 84.19)).toBeLessThan(1.5);
  });

  it('gives the first n draws of a longer run for the same seed', () => {
    const inputs: ModelInputs = {
      seed: 99,
      samples: 500,
      demographic: Object.fromEntries(
        Object.values(DEMOGRAPHIC_ASSUMPTIONS).map((a) => [a.key, a.range]),
      ) as ModelInputs['demographic'],
      familySizeCorrelation: 0.5,
      scopes: [scope({ family: ['spouse', 'parent'], basePeople: { low: 10, mode: 20, high: 40 } })],
    };
    const short = estimateReach(inputs).scopes[0]!.draws.peopleReached;
    const long = estimateReach({ ...inputs, samples: 2000 }).scopes[0]!.draws.peopleReached;
    expect(Array.from(long.subarray(0, 500))).toEqual(Array.from(short));
  });
});
