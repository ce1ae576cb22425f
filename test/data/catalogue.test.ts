import { describe, expect, it } from 'vitest';
import { AGE_PROFILE_SOURCES } from '../../src/data/ageProfileSources';
import { AGE_PROFILES } from '../../src/data/ageProfiles';
import {
  FIGURES,
  POPULATION_YEARS,
  ageProfileById,
  chinaPopulationFigure,
  figureById,
  groupSize,
  groupYears,
} from '../../src/data/catalogue';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import { DESIGNATION_SOURCES } from '../../src/data/designationSources';
import { DESIGNATION_ROUNDS } from '../../src/data/designations';
import { FIGURE_SOURCES } from '../../src/data/figureSources';
import { CATALOGUE_GROUPS } from '../../src/data/groups';
import { PARTY_AGE_BANDS_2023, PARTY_AGE_BANDS_2024 } from '../../src/data/partyMembership';
import { DEMOGRAPHIC_BOUNDS, DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';

const URL_PATTERN = /^https?:\/\/[^\s]+$/;

describe('figures catalogue', () => {
  it('gives every figure a unique id, a value, a date, a source with a URL, and a note', () => {
    const ids = new Set<string>();
    for (const figure of FIGURES) {
      expect(ids.has(figure.id), figure.id).toBe(false);
      ids.add(figure.id);
      expect(Number.isFinite(figure.value) && figure.value > 0, figure.id).toBe(true);
      expect(figure.asOf, figure.id).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      // The sourcing lives in another file, under the same id.
      const sourcing = FIGURE_SOURCES[figure.id];
      expect(sourcing, figure.id).toBeDefined();
      expect(sourcing!.source.url, figure.id).toMatch(URL_PATTERN);
      expect(sourcing!.source.title.length, figure.id).toBeGreaterThan(3);
      expect(sourcing!.note.length, figure.id).toBeGreaterThan(10);
      for (const other of sourcing!.alsoSee ?? []) expect(other.url, figure.id).toMatch(URL_PATTERN);
      expect(JSON.stringify({ figure, sourcing }), figure.id).not.toMatch(/UNCONFIRMED/i);
    }
  });

  it('sources no figure the catalogue does not have', () => {
    const ids = new Set(FIGURES.map((figure) => figure.id));
    expect(Object.keys(FIGURE_SOURCES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each([
    ['party-members-2012', 85_127_000],
    ['party-members-2019', 91_914_000],
    ['party-members-2020', 93_278_000],
    ['party-members-2024', 100_271_000],
    ['cc20-full', 205],
    ['cc20-alternate', 171],
    ['cc19-full', 204],
    ['cc19-alternate', 172],
    ['politburo20', 24],
    ['psc20', 7],
    ['ccdi20', 133],
    ['china-population-2019', 1_400_050_000],
    ['china-population-2024', 1_408_280_000],
    ['xinjiang-population-2020', 25_852_345],
    ['uyghurs-in-xinjiang-2020', 11_624_257],
    ['hong-kong-population-2024', 7_531_800],
    ['germany-population-2024', 83_516_593],
    ['chinese-visitors-to-us-2019', 2_830_000],
  ])('has %s = %i (as in the sourced figures)', (id, value) => {
    expect(figureById(id)?.value).toBe(value);
  });

  it('has party membership for every year 2012-2024 and China population for 2012-2025', () => {
    for (let year = 2012; year <= 2024; year++) {
      expect(figureById(`party-members-${year}`), String(year)).toBeDefined();
      expect(chinaPopulationFigure(year), String(year)).toBeDefined();
    }
    // No end-2025 membership bulletin was found; NBS published the end-2025 population (1,404.89 million).
    expect(figureById('party-members-2025')).toBeUndefined();
    expect(chinaPopulationFigure(2025)?.value).toBe(1_404_890_000);
    expect(POPULATION_YEARS).toEqual(Array.from({ length: 14 }, (_, i) => 2012 + i));
  });

  it('marks the end-2020 membership as derived: no bulletin was published for it', () => {
    expect(figureById('party-members-2020')?.status).toBe('derived');
    expect(figureById('party-members-2021')!.value - figureById('party-members-2020')!.value).toBe(3_434_000);
  });

  it.each([
    ['2023', PARTY_AGE_BANDS_2023, 'party-members-2023'],
    ['2024', PARTY_AGE_BANDS_2024, 'party-members-2024'],
  ])('has %s age bands that add up to the total within 0.01%%', (_, bands, totalId) => {
    const sum = bands.reduce((total, band) => total + band.value, 0);
    expect(Math.abs(sum / figureById(totalId)!.value - 1)).toBeLessThan(1e-4);
    expect(bands).toHaveLength(8);
  });
});

describe('groups and age profiles', () => {
  it('refers only to figures and age profiles that exist', () => {
    for (const group of CATALOGUE_GROUPS) {
      expect(ageProfileById(group.ageProfileId), group.id).toBeDefined();
      for (const year of groupYears(group)) {
        expect(groupSize(group, year), `${group.id} ${year}`).toBeGreaterThan(0);
        expect(chinaPopulationFigure(year), `${group.id} ${year}`).toBeDefined();
      }
    }
  });

  it.each([
    ['central-committee-20', 2024, 376],
    ['central-committee-19', 2019, 376],
    ['politburo-standing-committee-20', 2022, 7],
    ['party-members', 2019, 91_914_000],
  ])('sizes %s in %i at %i', (id, year, size) => {
    const group = CATALOGUE_GROUPS.find((g) => g.id === id)!;
    expect(groupSize(group, year)).toBe(size);
  });

  it('gives every age profile shares that sum to 1 at adult ages, and a rationale', () => {
    for (const profile of AGE_PROFILES) {
      expect(
        profile.points.reduce((sum, p) => sum + p.share, 0),
        profile.id,
      ).toBeCloseTo(1, 9);
      for (const point of profile.points) expect(point.ageYears).toBeGreaterThanOrEqual(18);
      // Where it comes from lives in another file, under the same id.
      expect(AGE_PROFILE_SOURCES[profile.id]?.rationale.length ?? 0, profile.id).toBeGreaterThan(20);
    }
    expect(Object.keys(AGE_PROFILE_SOURCES).sort()).toEqual(AGE_PROFILES.map((profile) => profile.id).sort());
    // 28.1% of members were 61 or over at the end of 2023.
    const last = ageProfileById('party-members-2023')!.points.at(-1)!;
    expect(last.share).toBeCloseTo(0.281, 3);
  });
});

describe('demographic assumptions', () => {
  it('has a range inside its bounds, a unit, a rationale for every input of the model', () => {
    for (const key of DEMOGRAPHIC_KEYS) {
      const assumption = DEMOGRAPHIC_ASSUMPTIONS[key];
      const { min, max } = DEMOGRAPHIC_BOUNDS[key];
      const { low, mode, high } = assumption.range;
      expect(low <= mode && mode <= high, key).toBe(true);
      expect(low >= min && high <= max, key).toBe(true);
      expect(low < high, `${key} should be uncertain`).toBe(true);
      expect(assumption.rationale.length, key).toBeGreaterThan(40);
      for (const source of assumption.sources) expect(source.url).toMatch(URL_PATTERN);
    }
  });
});

describe('designations', () => {
  it('gives every round a unique id, an ISO date, a source, and at least one designee', () => {
    const ids = new Set<string>();
    for (const round of DESIGNATION_ROUNDS) {
      expect(ids.has(round.id), round.id).toBe(false);
      ids.add(round.id);
      expect(round.date, round.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(round.designees.length, round.id).toBeGreaterThan(0);
      // Every round is sourced, and every designee's role is given, in the file the page loads later.
      const sourcing = DESIGNATION_SOURCES[round.id];
      expect(sourcing?.source.url, round.id).toMatch(URL_PATTERN);
      expect(sourcing?.note.length, round.id).toBeGreaterThan(20);
      for (const designee of round.designees) expect(sourcing?.roles[designee.name], designee.name).toBeTruthy();
      expect(Object.keys(sourcing?.roles ?? {}).sort()).toEqual(round.designees.map((d) => d.name).sort());
    }
    expect(Object.keys(DESIGNATION_SOURCES).sort()).toEqual(DESIGNATION_ROUNDS.map((r) => r.id).sort());
    const dates = DESIGNATION_ROUNDS.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('has the July 2020 Xinjiang round: four people and one entity', () => {
    const round = DESIGNATION_ROUNDS.find((r) => r.id === 'glomag-2020-07-09-xinjiang')!;
    expect(round.designees.filter((d) => d.kind === 'person').map((d) => d.name)).toEqual([
      'Chen Quanguo',
      'Zhu Hailun',
      'Wang Mingshan',
      'Huo Liujun',
    ]);
    expect(round.designees.filter((d) => d.kind === 'entity').map((d) => d.name)).toEqual([
      'Xinjiang Public Security Bureau',
    ]);
  });

  it.each([
    ['glomag-2017-12-21-gao-yan', 1],
    ['eo13936-2020-08-07-hong-kong', 11],
    ['eo13936-2020-12-07-npcsc', 14],
    ['glomag-2021-03-22-xinjiang', 2],
    ['glomag-2022-12-09-tibet', 2],
  ])('has round %s with %i people', (id, people) => {
    const round = DESIGNATION_ROUNDS.find((r) => r.id === id)!;
    expect(round.designees.filter((d) => d.kind === 'person')).toHaveLength(people);
  });
});
