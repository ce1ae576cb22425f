import { describe, expect, it } from 'vitest';
import { AGE_PROFILES } from '../../src/data/ageProfiles';
import { DESIGNATION_ROUNDS } from '../../src/data/designations';
import { FAMILY_TERMS } from '../../src/data/familyReadings';
import { CATALOGUE_GROUPS } from '../../src/data/groups';
import { referenceLines } from '../../src/data/referenceLines';
import { DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';
import { RELATION_TYPES } from '../../src/model/relationType';
import {
  AGE_PROFILE_CODES,
  DEMOGRAPHIC_CODES,
  FAMILY_TERM_CODES,
  GROUP_CODES,
  REFERENCE_CODES,
  RELATION_CODES,
  ROUND_CODES,
  type CodeTable,
} from '../../src/link/shortCodes';

// Each table read as a table of plain strings: the test only needs ids in and codes out.
const loose = <Id extends string>(table: CodeTable<Id>) => table as unknown as CodeTable<string>;
const tables: [string, CodeTable<string>, readonly string[]][] = [
  ['relation types', loose(RELATION_CODES), RELATION_TYPES],
  ['demographic inputs', loose(DEMOGRAPHIC_CODES), DEMOGRAPHIC_KEYS],
  ['family terms', FAMILY_TERM_CODES, FAMILY_TERMS.map((term) => term.id)],
  ['groups', GROUP_CODES, CATALOGUE_GROUPS.map((group) => group.id)],
  ['age profiles', AGE_PROFILE_CODES, AGE_PROFILES.map((profile) => profile.id)],
  ['designation rounds', ROUND_CODES, DESIGNATION_ROUNDS.map((round) => round.id)],
  ['reference lines', REFERENCE_CODES, referenceLines(2024).map((line) => line.id)],
];

describe('short codes', () => {
  it.each(tables)('give every one of the %s a unique code that reads back', (_, table, ids) => {
    const codes = ids.map((id) => table.toCode(id));
    expect(new Set(codes).size).toBe(codes.length);
    ids.forEach((id, i) => expect(table.fromCode(codes[i]!), id).toBe(id));
  });

  it('never change a code a published link may hold', () => {
    // Links made since the first catalogue carry these; a changed code would silently read as another.
    expect(RELATION_CODES.toCode('spouse')).toBe('sp');
    expect(RELATION_CODES.toCode('spouseSibling')).toBe('ssi');
    expect(DEMOGRAPHIC_CODES.toCode('familyClusteringOddsRatio')).toBe('rho');
    expect(GROUP_CODES.toCode('party-members')).toBe('pm');
    expect(ROUND_CODES.toCode('glomag-2020-07-09-xinjiang')).toBe('g20200709');
    expect(ROUND_CODES.toCode('eo13936-2020-12-07-npcsc')).toBe('h20201207');
    expect(ROUND_CODES.toCode('hk-2021-07-16-liaison-office')).toBe('k20210716');
    expect(REFERENCE_CODES.toCode('hong-kong-population-2024')).toBe('hk');
  });

  it('do not read codes of inputs this version no longer has as anything else', () => {
    // The three siblings-by-cohort inputs of catalogue 2026-11-23 were replaced by mothers' cohorts.
    for (const old of ['s55', 's75', 's95']) expect(DEMOGRAPHIC_CODES.fromCode(old)).toBeUndefined();
  });
});
