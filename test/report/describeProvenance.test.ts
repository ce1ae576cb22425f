import { describe, expect, it } from 'vitest';
import { describeProvenance } from '../../src/report/describeProvenance';
import { freshScopeId, scratchScenario } from '../../src/scenario/newScope';
import type { Scenario } from '../../src/scenario/scenario';
import { loadPreset } from '../helpers/presets';

const visaRule = loadPreset('visa-rule-2020.json');
const ladder = loadPreset('scope-ladder.json');
/** Strips the bidi isolates around quoted names, for readable expectations. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const edited = (preset: Scenario, edit: (s: Scenario) => void) => {
  const scenario = structuredClone(preset);
  edit(scenario);
  return describeProvenance(scenario, preset);
};

describe('describeProvenance', () => {
  it('a preset as published has no line and keeps its title', () => {
    const provenance = describeProvenance(structuredClone(visaRule), visaRule);
    expect(provenance).toMatchObject({ kind: 'preset', shownTitle: visaRule.title, line: '', changes: [] });
  });

  it.each<[string, (s: Scenario) => void, string]>([
    ['parents added', (s) => s.scopes[0]!.family.push('parent'), 'parents added to “Members and immediate family”'],
    [
      'spouses removed',
      (s) => (s.scopes[0]!.family = s.scopes[0]!.family.filter((t) => t !== 'spouse')),
      'spouse removed from “Members and immediate family”',
    ],
    ['seed', (s) => (s.seed = 7), "seed 7 (the preset's is 20201202)"],
    ['draws', (s) => (s.samples = 20_000), '20,000 draws (the preset uses 10,000)'],
    [
      'legal test',
      (s) => (s.scopes[0]!.conductShare = { low: 0.5, mode: 0.5, high: 0.5 }),
      'share of “Members and immediate family” meeting the legal test 100% → 50% (most likely)',
    ],
    [
      'assumption',
      (s) => (s.assumptions.spouseClusteringOddsRatio = { low: 1, mode: 1, high: 1 }),
      'assumption changed: ',
    ],
    ['renamed', (s) => (s.scopes[0]!.label = 'Mine'), '“Members and immediate family” renamed “Mine”'],
    [
      'year',
      (s) => (s.scopes[0]!.base = { ...s.scopes[0]!.base, year: 2018 }),
      'year of “Members and immediate family” 2019 → 2018',
    ],
  ])('names the change: %s', (_name, edit, words) => {
    const provenance = edited(visaRule, edit);
    expect(provenance.kind).toBe('modified');
    expect(provenance.shownTitle).toBe(`${visaRule.title} (modified)`);
    expect(plain(provenance.line)).toContain(`Modified from the preset “${visaRule.title}”: ${words}`);
  });

  it("shows an author's title as theirs, and says so", () => {
    const provenance = edited(visaRule, (s) => (s.title = 'Verified: 270 million'));
    expect(provenance.shownTitle).toBe('Verified: 270 million');
    expect(provenance.authorTitle).toBe(true);
    expect(plain(provenance.line)).toMatch(/retitled “Verified: 270 million” by whoever made this link/);
  });

  it('counts the changes beyond four, and names scopes added, removed and reordered', () => {
    const provenance = edited(ladder, (s) => {
      s.scopes.reverse();
      s.scopes.pop();
      s.scopes.push({ ...structuredClone(s.scopes[0]!), id: freshScopeId(s.scopes), label: 'New one' });
      s.seed = 1;
      s.samples = 2000;
    });
    expect(provenance.changes.map(plain)).toEqual(
      expect.arrayContaining([
        `scope “${ladder.scopes[0]!.label}” removed`,
        'scope “New one” added',
        'scopes reordered',
      ]),
    );
    expect(provenance.line).toMatch(/; and \d+ more changes?\.$/);
  });

  it('gives each scope the edits that can move its numbers: its own, then the shared ones, never a name or a description', () => {
    const [first, second] = ladder.scopes as [Scenario['scopes'][number], Scenario['scopes'][number]];
    const provenance = edited(ladder, (s) => {
      s.scopes[0]!.label = 'Renamed';
      s.scopes[0]!.description = 'Rewritten';
      s.scopes[1]!.family.push('sibling');
      s.scopes.reverse();
      s.assumptions.spouseClusteringOddsRatio = { low: 1, mode: 1, high: 1 };
      s.seed = 7;
    });
    const shared = [
      "assumption changed: spouses' clustering of membership (odds ratio)",
      "seed 7 (the preset's is 2026)",
    ];
    const causes = Object.fromEntries(Object.entries(provenance.causes).map(([id, list]) => [id, list.map(plain)]));
    expect(causes[first.id]).toEqual(shared);
    // The list names the scope already: its changes call it "the scope".
    expect(causes[second.id]).toEqual(['siblings added to the scope', ...shared]);
    expect(Object.keys(causes)).toHaveLength(ladder.scopes.length);
    expect(describeProvenance(structuredClone(ladder), ladder).causes).toEqual({});
  });

  it('a scenario built from scratch says so', () => {
    expect(describeProvenance(scratchScenario(), undefined)).toMatchObject({ kind: 'scratch', authorTitle: true });
  });

  it('isolates names, so a right-to-left override cannot reorder the line', () => {
    const provenance = edited(visaRule, (s) => (s.scopes[0]!.label = '\u202Eevil'));
    expect(provenance.line).toContain('\u2068\u202Eevil\u2069');
  });
});
