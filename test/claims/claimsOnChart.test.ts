import { describe, expect, it } from 'vitest';
import type { Claim, ClaimsFile } from '../../src/claims/claim';
import { claimsOnChart } from '../../src/claims/claimsOnChart';
import { SHIPPED_CLAIMS } from '../../src/claims/shippedClaims';
import type { Scenario } from '../../src/scenario/scenario';
import { loadPreset } from '../helpers/presets';

const preset = loadPreset('member-visa-ban-2020.json');
const POPULATION = 1_400_000_000;
const scopesOf = (scenario: Scenario) => scenario.scopes.map((scope) => ({ id: scope.id, population: POPULATION }));
const claim = (id: string, patch: Partial<Claim>): Claim => ({
  id,
  words: 'Up to 270 million people could be affected',
  who: 'A Writer (of a think tank)',
  where: 'A Paper, "A headline, with a comma"',
  when: '2020-07-16',
  source: { title: 'A Paper' },
  quantity: 'peopleReached',
  claimed: { hedge: 'up-to', value: 270e6, step: 10e6 },
  context: 'test',
  test: { scenarioId: preset.id, scopeIds: ['members-and-families'] },
  ...patch,
});
const file = (claims: Claim[]): ClaimsFile => ({ ...SHIPPED_CLAIMS, claims });

describe('claimsOnChart', () => {
  it.each([
    ['people, as claimed', claim('a', {}), 265e6, 270e6],
    [
      'a share, against the scope population',
      claim('b', { quantity: 'shareOfPopulation', claimed: { hedge: 'nearly', value: 0.1, step: 0.01 } }),
      0.09 * POPULATION,
      0.1 * POPULATION,
    ],
  ])('turns %s into people', (_, given, lowPeople, highPeople) => {
    const [drawn] = claimsOnChart(file([given]), preset, preset, scopesOf(preset));
    expect(drawn?.lowPeople).toBeCloseTo(lowPeople, 0);
    expect(drawn?.highPeople).toBeCloseTo(highPeople, 0);
    expect(drawn?.scopeId).toBe('members-and-families');
    expect(drawn?.detail).toBe('A Writer, A Paper, 2020');
    expect(drawn?.name).toBe('“Up to 270 million people could be affected”');
  });

  it('draws a claim tested against several scopes under the last of them on the chart', () => {
    const both = claim('c', { test: { scenarioId: preset.id, scopeIds: ['members-and-families', 'members'] } });
    expect(claimsOnChart(file([both]), preset, preset, scopesOf(preset))[0]?.scopeId).toBe('members-and-families');
    const reordered = { ...preset, scopes: [...preset.scopes].reverse() };
    expect(claimsOnChart(file([both]), reordered, preset, scopesOf(reordered))[0]?.scopeId).toBe('members');
  });

  it.each<[string, Claim]>([
    ['another preset', claim('d', { test: { scenarioId: 'scope-ladder', scopeIds: ['members-and-families'] } })],
    ['a scope not in the scenario', claim('e', { test: { scenarioId: preset.id, scopeIds: ['gone'] } })],
    ['a count of countries', claim('f', { quantity: 'countriesLarger', claimed: { hedge: 'at-most', value: 97 } })],
    ['a count of members', claim('g', { quantity: 'members' })],
    ['a share of adults', claim('h', { quantity: 'shareOfAdults' })],
  ])('leaves out a claim about %s', (_, given) => {
    expect(claimsOnChart(file([given]), preset, preset, scopesOf(preset))).toEqual([]);
  });

  it('leaves out every claim for a scenario built from scratch', () => {
    expect(claimsOnChart(file([claim('i', {})]), preset, undefined, scopesOf(preset))).toEqual([]);
  });

  it("keeps a claim when the scope's relatives change, and drops it when its group of people does", () => {
    const edit = (patch: Partial<Scenario['scopes'][number]>): Scenario => ({
      ...preset,
      scopes: preset.scopes.map((scope) => (scope.id === 'members-and-families' ? { ...scope, ...patch } : scope)),
    });
    const relatives = edit({ family: ['spouse'] });
    expect(claimsOnChart(file([claim('j', {})]), relatives, preset, scopesOf(relatives))).toHaveLength(1);
    const base = preset.scopes.find((scope) => scope.id === 'members-and-families')!.base;
    const otherYear = edit({ base: { ...base, year: base.year - 1 } });
    expect(claimsOnChart(file([claim('k', {})]), otherYear, preset, scopesOf(otherYear))).toEqual([]);
  });
});
