import { describe, expect, it } from 'vitest';
import { DEMOGRAPHIC_KEYS, demographicParametersFrom } from '../../src/model/demographicParameters';
import {
  RELATION_INDEX,
  childrenAged,
  makeKinContext,
  prepareProfile,
  relativesAtAge,
  relativesByType,
} from '../../src/model/relativesByType';
import { RELATION_TYPES } from '../../src/model/relationType';
import { survivalToAge } from '../../src/model/survival';
import { ROUND_PARAMETERS as P } from '../helpers/parameters';

describe('childrenAged', () => {
  // Births spread evenly over parent ages 21-31 (gap 26, span 10).
  it.each([
    // age, ever born, lo, hi, expected
    [45, 1.15, 0, 18, 0.46], // children aged 14-24: 4 of 10 years under 18
    [45, 1.15, 18, 21, 0.345],
    [45, 1.15, 21, Infinity, 0.345],
    [25, 1.0, 0, 18, 0.4], // only 4 of the 10 childbearing years have passed
    [20, 1.0, 0, 18, 0], // before the first birth
    [70, 2.4, 21, Infinity, 2.4],
    [70, 2.4, 0, 21, 0],
  ])('a person of %f with %f children ever born has %f aged [%f, %f)', (age, everBorn, lo, hi, expected) => {
    expect(childrenAged(age, everBorn, 26, lo, hi)).toBeCloseTo(expected, 12);
  });
});

describe('relativesAtAge', () => {
  it.each([
    {
      age: 45,
      expected: {
        spouse: 0.9,
        childUnder18: 0.46,
        child18to20: 0.345,
        child21plus: 0.345,
        parent: 2 * survivalToAge(71, 80),
        sibling: 2.0 * survivalToAge(45, 80),
        spouseParent: 0.9 * 2 * survivalToAge(71, 80),
        spouseSibling: 0.9 * 2.0 * survivalToAge(45, 80),
      },
    },
    {
      age: 25,
      expected: {
        spouse: 0.4,
        childUnder18: 0.4,
        child18to20: 0,
        child21plus: 0,
        parent: 2 * survivalToAge(51, 80),
        sibling: 1.0 * survivalToAge(25, 80),
        spouseParent: 0.4 * 2 * survivalToAge(51, 80),
        spouseSibling: 0.4 * survivalToAge(25, 80),
      },
    },
    {
      age: 70,
      expected: {
        spouse: 0.8,
        childUnder18: 0,
        child18to20: 0,
        child21plus: 2.4,
        parent: 2 * survivalToAge(96, 80),
        sibling: 3.0 * survivalToAge(70, 80),
        spouseParent: 0.8 * 2 * survivalToAge(96, 80),
        spouseSibling: 0.8 * 3.0 * survivalToAge(70, 80),
      },
    },
  ])('a member aged $age in 2020 has the hand-computed relatives', ({ age, expected }) => {
    const actual = relativesAtAge(age, 2020, P);
    for (const type of RELATION_TYPES) expect(actual[type], type).toBeCloseTo(expected[type], 10);
  });
});

describe('relativesByType', () => {
  it('averages the ages of a profile by their shares', () => {
    const profile = {
      id: 't',
      label: 't',
      points: [
        { ageYears: 25, share: 0.25 },
        { ageYears: 70, share: 0.75 },
      ],
    };
    const out = new Float64Array(RELATION_TYPES.length);
    relativesByType(prepareProfile(profile, 2020), makeKinContext(P), out);
    const young = relativesAtAge(25, 2020, P);
    const old = relativesAtAge(70, 2020, P);
    for (const type of RELATION_TYPES) {
      expect(out[RELATION_INDEX[type]], type).toBeCloseTo(0.25 * young[type] + 0.75 * old[type], 12);
    }
  });

  it('leaves parents, siblings and in-laws at 0 when told they are not needed, and nothing else changes', () => {
    const profile = prepareProfile({ id: 't', label: 't', points: [{ ageYears: 45, share: 1 }] }, 2020);
    const all = new Float64Array(RELATION_TYPES.length);
    const some = new Float64Array(RELATION_TYPES.length);
    relativesByType(profile, makeKinContext(P), all, true);
    relativesByType(profile, makeKinContext(P), some, false);
    for (const type of RELATION_TYPES) {
      const elder = ['parent', 'sibling', 'spouseParent', 'spouseSibling'].includes(type);
      expect(some[RELATION_INDEX[type]], type).toBe(elder ? 0 : all[RELATION_INDEX[type]]);
    }
  });
});

describe('demographicParametersFrom', () => {
  it('maps value i to DEMOGRAPHIC_KEYS[i]', () => {
    const values = Float64Array.from(DEMOGRAPHIC_KEYS, (_, i) => i + 1);
    const params = demographicParametersFrom(values);
    DEMOGRAPHIC_KEYS.forEach((key, i) => expect(params[key], key).toBe(i + 1));
    expect(Object.keys(params).sort()).toEqual([...DEMOGRAPHIC_KEYS].sort());
  });
});
