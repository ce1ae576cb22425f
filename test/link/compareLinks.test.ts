import { describe, expect, it } from 'vitest';
import { compareLinks } from '../../src/link/compareLinks';
import { linkResults, presetLinkState } from '../helpers/presetLinkState';

const [state, results] = [presetLinkState, linkResults];

describe('compareLinks', () => {
  it('finds nothing to report between a link and itself', () => {
    const a = state('scope-ladder.json');
    const comparison = compareLinks(a, a, results(a), results(a));
    expect(comparison.settings).toEqual([]);
    expect(comparison.scopes.every((s) => s.differences.length === 0)).toBe(true);
  });

  it('lists each changed assumption and scope setting, and matches scopes by id', () => {
    const a = state('visa-rule-2020.json');
    const b = structuredClone(a);
    b.scenario.seed = 7;
    b.scenario.assumptions.familyClusteringOddsRatio = { low: 1, mode: 1, high: 1 };
    b.scenario.scopes[0]!.family = ['spouse'];
    b.scenario.scopes[0]!.conductShare = { low: 0.5, mode: 0.5, high: 0.5 };
    const comparison = compareLinks(a, b, results(a), results(b));
    expect(comparison.settings).toEqual([
      { what: 'Seed', here: '20201202', there: '7' },
      { what: "Other relatives' clustering of membership (odds ratio)", here: '1.2–2.5–5', there: '1' },
    ]);
    const [scope] = comparison.scopes;
    expect(scope!.differences).toEqual([
      { what: 'Share meeting the legal test', here: '100%', there: '50%' },
      { what: 'Relatives covered', here: 'Spouse, Children under 18, Children aged 18-20', there: 'Spouse' },
    ]);
    expect(scope!.there!.reach.median).toBeLessThan(scope!.here!.reach.median);
  });

  it('reports scopes only one side has', () => {
    const a = state('stop-ccp-act.json');
    const b = structuredClone(a);
    b.scenario.scopes = [b.scenario.scopes[0]!];
    const comparison = compareLinks(a, b, results(a), results(b));
    expect(comparison.scopes).toHaveLength(2);
    expect(comparison.scopes[0]!.differences).toEqual([]);
    expect(comparison.scopes[1]!.differences).toEqual([{ what: 'Scope', here: 'present', there: 'absent' }]);
  });

  it("says when a scope's undefined word for family differs", () => {
    const a = state('visa-rule-2020.json');
    const b = structuredClone(a);
    b.scenario.scopes[0]!.familyTerm = 'families';
    const [scope] = compareLinks(a, b, results(a), results(b)).scopes;
    expect(scope!.differences).toEqual([
      { what: 'Undefined word for family', here: '“immediate family members”', there: '“their families”' },
    ]);
  });
});
