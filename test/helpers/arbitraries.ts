import fc from 'fast-check';
import { AGE_PROFILES } from '../../src/data/ageProfiles';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../../src/model/demographicParameters';
import type { ModelInputs, ScopeInputs } from '../../src/model/modelInputs';
import type { Range } from '../../src/model/range';
import { RELATION_TYPES } from '../../src/model/relationType';

/** A valid range inside [min, max]. */
export function rangeArb(min: number, max: number): fc.Arbitrary<Range> {
  return fc
    .tuple(
      fc.double({ min, max, noNaN: true }),
      fc.double({ min, max, noNaN: true }),
      fc.double({ min, max, noNaN: true }),
    )
    .map((values) => {
      const [low, mode, high] = values.sort((a, b) => a - b) as [number, number, number];
      return { low, mode, high };
    });
}

export const shareArb = rangeArb(0, 1);

export const scopeInputsArb: fc.Arbitrary<ScopeInputs> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    year: fc.integer({ min: 2012, max: 2024 }),
    population: fc.double({ min: 1e6, max: 2e9, noNaN: true }),
    coreFraction: rangeArb(0, 1),
    entities: fc.nat(10),
    ageProfile: fc.constantFrom(...AGE_PROFILES),
    family: fc.subarray([...RELATION_TYPES]),
    readings: fc.array(fc.record({ id: fc.constantFrom('r1', 'r2', 'r3'), family: fc.subarray([...RELATION_TYPES]) }), {
      maxLength: 3,
    }),
    conductShare: shareArb,
    waiverShare: shareArb,
    instruments: fc
      .subarray(['visaBan', 'assetBlock'] as const)
      .chain((kinds) =>
        fc.tuple(...kinds.map((kind) => shareArb.map((exposurePerYear) => ({ kind, exposurePerYear })))),
      ),
  })
  .map(({ coreFraction, population, ...rest }) => ({
    ...rest,
    label: rest.id,
    population,
    adultPopulation: population * 0.789,
    basePeople: {
      low: coreFraction.low * population,
      mode: coreFraction.mode * population,
      high: coreFraction.high * population,
    },
  }));

/** Demographic ranges anywhere inside the catalogue's defaults, so they stay plausible. */
export const demographicArb: fc.Arbitrary<Record<DemographicKey, Range>> = fc.record(
  Object.fromEntries(
    DEMOGRAPHIC_KEYS.map((key) => [
      key,
      rangeArb(DEMOGRAPHIC_ASSUMPTIONS[key].range.low, DEMOGRAPHIC_ASSUMPTIONS[key].range.high),
    ]),
  ) as Record<DemographicKey, fc.Arbitrary<Range>>,
);

export const modelInputsArb: fc.Arbitrary<ModelInputs> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  samples: fc.integer({ min: 1, max: 300 }),
  demographic: demographicArb,
  familySizeCorrelation: fc.constantFrom(0, 0.5, 0.9),
  scopes: fc.array(scopeInputsArb, { minLength: 1, maxLength: 4 }),
});
