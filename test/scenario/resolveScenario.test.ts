import { describe, expect, it } from 'vitest';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import { demographicRanges, namedDesignees, resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

describe('resolveScenario', () => {
  it('counts the July 2020 Xinjiang round as 4 people and 1 entity', () => {
    const [scope] = resolveScenario(loadPreset('magnitsky-2020.json')).scopes;
    expect(scope!.basePeople).toEqual({ low: 4, mode: 4, high: 4 });
    expect(scope!.entities).toBe(1);
    expect(scope!.population).toBe(1_412_120_000);
  });

  it('counts a person designated in two listed rounds once', () => {
    const once = namedDesignees(['glomag-2020-07-09-xinjiang']);
    const twice = namedDesignees(['glomag-2020-07-09-xinjiang', 'glomag-2020-07-09-xinjiang']);
    expect(twice.people).toHaveLength(once.people.length);
  });

  it('takes the group size and population of the scope year', () => {
    const scopes = resolveScenario(loadPreset('scope-ladder.json')).scopes;
    const members = scopes.find((s) => s.id === 'all-members')!;
    expect(members.basePeople.mode).toBe(100_271_000);
    expect(members.population).toBe(1_408_280_000);
    expect(members.adultPopulation).toBeCloseTo(1_408_280_000 * 0.789, 0);
    expect(members.ageProfile.id).toBe('party-members-2024');
  });

  it("uses the scenario's assumption ranges over the catalogue's", () => {
    const scenario = loadPreset('visa-rule-2020.json');
    const custom = { low: 2, mode: 3, high: 4, rationale: 'test' };
    const ranges = demographicRanges({ ...scenario, assumptions: { familyClusteringOddsRatio: custom } });
    expect(ranges.familyClusteringOddsRatio).toEqual({ low: 2, mode: 3, high: 4 });
    expect(ranges.marriedShare31to60).toEqual(DEMOGRAPHIC_ASSUMPTIONS.marriedShare31to60.range);
  });
});
