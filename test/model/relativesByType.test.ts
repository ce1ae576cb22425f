import { describe, expect, it } from 'vitest';
import { childSurvivalTo20 } from '../../src/model/childSurvival';
import { DEMOGRAPHIC_KEYS, demographicParametersFrom } from '../../src/model/demographicParameters';
import { birthsUpToOffset } from '../../src/model/parentAgeAtBirth';
import {
  ELDER_RELATIONS,
  RELATION_INDEX,
  SIBLING_SIZE_BIAS,
  makeKinContext,
  prepareProfile,
  relativesAtAge,
  relativesByType,
} from '../../src/model/relativesByType';
import { RELATION_TYPES, type RelationType } from '../../src/model/relationType';
import { survivalToAge } from '../../src/model/survival';
import { ROUND_PARAMETERS as P, parameterValues } from '../helpers/parameters';

const VALUES = parameterValues();
const GAP = P.generationGapYears;
const S = (age: number) => survivalToAge(age, P.medianAgeAtDeathYears);

describe('relativesAtAge', () => {
  it('gives a member aged 45 in 2020 (born 1975) the hand-derived relatives', () => {
    // Children ever born: 1975 is a quarter of the way from the 1970 anchor (1.2) to 1990 (1.0).
    const everBorn = 0.75 * 1.2 + 0.25 * 1.0;
    const children = everBorn * childSurvivalTo20(1975 + GAP); // born about 2001
    // Siblings: the mother was born in 1949, 19/20 of the way from 1930 (5.0) to 1950 (3.0).
    const mothersCohort = 0.05 * 5.0 + 0.95 * 3.0;
    const siblingsAdult = (SIBLING_SIZE_BIAS * mothersCohort - 1) * childSurvivalTo20(1975);
    const adultChildren = children * birthsUpToOffset(45 - 18 - GAP);
    const expected: Record<RelationType, number> = {
      spouse: 0.9,
      childUnder18: children * (birthsUpToOffset(45 - GAP) - birthsUpToOffset(45 - 18 - GAP)),
      child18to20: children * (birthsUpToOffset(45 - 18 - GAP) - birthsUpToOffset(45 - 21 - GAP)),
      child21plus: children * birthsUpToOffset(45 - 21 - GAP),
      parent: 2 * S(45 + GAP),
      sibling: siblingsAdult * S(45),
      spouseParent: 0.9 * 2 * S(45 + GAP),
      spouseSibling: 0.9 * siblingsAdult * S(45),
      // Children aged 18+ are about 19 (45 − 26): married share of the under-31 band.
      childSpouse: adultChildren * 0.4,
      siblingSpouse: 0.9 * siblingsAdult * S(45),
      // Siblings' children: the member's own cohort's fertility (1975: the 1970 anchor, 2.0).
      siblingChild: siblingsAdult * 2.0 * childSurvivalTo20(1975 + GAP) * birthsUpToOffset(45 - 18 - GAP),
    };
    const actual = relativesAtAge(45, 2020, VALUES);
    for (const type of RELATION_TYPES) expect(actual[type], type).toBeCloseTo(expected[type], 10);
  });

  it('gives a member of 70 (born 1950) adult children only, and many siblings from a large family', () => {
    const actual = relativesAtAge(70, 2020, VALUES);
    expect(actual.childUnder18 + actual.child18to20).toBeCloseTo(0, 12);
    expect(actual.child21plus).toBeCloseTo(2.4 * childSurvivalTo20(1950 + GAP), 10);
    // Mother born 1924 (before the 1930 anchor, 5.0): 1.2 × 5.0 − 1 = 5 siblings ever born.
    expect(actual.sibling).toBeCloseTo(5 * childSurvivalTo20(1950) * S(70), 10);
  });

  it('gives a 52-year-old official some children under 21: births spread over the parent ages', () => {
    // The issue this fixes: with every birth within five years of the mean, a 52-year-old had none.
    const official = relativesAtAge(52, 2020, VALUES, true);
    expect(official.childUnder18 + official.child18to20).toBeGreaterThan(0.1);
  });

  it('gives senior cadres born 1955-1975 the one-child figure, and other members their cohort figure', () => {
    // Born 1964: the cadre anchors hold 1.1 from 1955 to 1975; for all members 1964 is 0.7 of the
    // way from 1950 (2.4) to 1970 (1.2): 1.56.
    const cadre = relativesAtAge(60, 2024, VALUES, true);
    const member = relativesAtAge(60, 2024, VALUES, false);
    const survival = childSurvivalTo20(1964 + GAP);
    const all = cadre.childUnder18 + cadre.child18to20 + cadre.child21plus;
    expect(all).toBeCloseTo(1.1 * survival, 10);
    expect(member.child21plus + member.child18to20 + member.childUnder18).toBeCloseTo(
      (0.3 * 2.4 + 0.7 * 1.2) * survival,
      10,
    );
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
    relativesByType(prepareProfile(profile, 2020), makeKinContext(VALUES), out);
    const young = relativesAtAge(25, 2020, VALUES);
    const old = relativesAtAge(70, 2020, VALUES);
    for (const type of RELATION_TYPES) {
      expect(out[RELATION_INDEX[type]], type).toBeCloseTo(0.25 * young[type] + 0.75 * old[type], 12);
    }
  });

  it('leaves parents, siblings and their families at 0 when told they are not needed, and nothing else changes', () => {
    const profile = prepareProfile({ id: 't', label: 't', points: [{ ageYears: 45, share: 1 }] }, 2020);
    const all = new Float64Array(RELATION_TYPES.length);
    const some = new Float64Array(RELATION_TYPES.length);
    relativesByType(profile, makeKinContext(VALUES), all, true);
    relativesByType(profile, makeKinContext(VALUES), some, false);
    for (const type of RELATION_TYPES) {
      expect(some[RELATION_INDEX[type]], type).toBe(ELDER_RELATIONS.has(type) ? 0 : all[RELATION_INDEX[type]]);
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
