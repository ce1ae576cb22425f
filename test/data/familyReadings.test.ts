import { describe, expect, it } from 'vitest';
import { READING_SOURCES, TERM_USES } from '../../src/data/familyReadingSources';
import {
  FAMILY_READINGS,
  FAMILY_TERMS,
  chosenReading,
  familyReadingById,
  sameFamily,
  termReadings,
} from '../../src/data/familyReadings';

describe('family readings', () => {
  it('give every reading and every term the text it rests on, under the same ids', () => {
    expect(Object.keys(READING_SOURCES).sort()).toEqual(FAMILY_READINGS.map((r) => r.id).sort());
    expect(Object.keys(TERM_USES).sort()).toEqual(FAMILY_TERMS.map((t) => t.id).sort());
    for (const { basis } of Object.values(READING_SOURCES)) expect(basis.length).toBeGreaterThan(20);
  });

  it('name only readings that exist, narrowest first, with no two readings of a term alike', () => {
    for (const term of FAMILY_TERMS) {
      const readings = termReadings(term);
      expect(readings.every(Boolean), term.id).toBe(true);
      for (let i = 0; i < readings.length; i++)
        for (let j = i + 1; j < readings.length; j++)
          expect(sameFamily(readings[i]!.family, readings[j]!.family)).toBe(false);
    }
  });

  it('read the December 2020 rule as spouses and children under 21, and an unnamed rule as nobody', () => {
    const immediate = FAMILY_TERMS.find((t) => t.id === 'immediate-family')!;
    expect(chosenReading(immediate, ['child18to20', 'spouse', 'childUnder18'])?.id).toBe('spouse-children-under-21');
    expect(chosenReading(immediate, ['spouse', 'sibling'])).toBeUndefined();
    expect(familyReadingById('adult-wide')?.family).toContain('siblingChild');
  });
});
