import { describe, expect, it } from 'vitest';
import { CHILD_SURVIVAL_ANCHORS, childSurvivalTo20 } from '../../src/model/childSurvival';

describe('childSurvivalTo20', () => {
  it.each([
    [1900, 0.743], // before the UN series: the 1950-54 value is held
    [1952.5, 0.743],
    [1955, (0.743 + 0.748) / 2], // half-way between the 1950-54 and 1955-59 cohorts
    [1975, (0.879 + 0.908) / 2],
    [2012.5, 0.982],
    [2030, 0.982],
  ])('a child born in %f reaches 20 with probability %f', (year, expected) => {
    expect(childSurvivalTo20(year)).toBeCloseTo(expected, 12);
  });

  it('has anchors five years apart, rising with the birth year', () => {
    CHILD_SURVIVAL_ANCHORS.forEach((anchor, i) => {
      if (i === 0) return;
      expect(anchor.birthYear - CHILD_SURVIVAL_ANCHORS[i - 1]!.birthYear).toBe(5);
      expect(anchor.survivalTo20).toBeGreaterThan(CHILD_SURVIVAL_ANCHORS[i - 1]!.survivalTo20);
    });
  });
});
