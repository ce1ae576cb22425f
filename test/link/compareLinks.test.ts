import { afterEach, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/wordsFor';
import { TRANSLATIONS } from '../../src/i18n/zh-Hans/translations';
import { TRANSLATIONS as TRADITIONAL } from '../../src/i18n/zh-Hant/translations';
import { compareLinks, medianChange, type ScopeComparison } from '../../src/link/compareLinks';
import { linkResults, presetLinkState } from '../helpers/presetLinkState';
import { PRESET_FILES } from '../helpers/presets';

const [state, results] = [presetLinkState, linkResults];

/** The scope names a row's heading gives: each isolated name when it gives two, else the heading. */
const namesInHeading = (row: ScopeComparison) => {
  const isolated = [...row.label.matchAll(/\u2068([^\u2069]*)\u2069/g)].map((m) => m[1]);
  return isolated.length > 0 ? isolated : [row.label];
};

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

  it('heads a renamed scope with both names, and gives no name row to repeat them', () => {
    const a = state('visa-rule-2020.json');
    const b = structuredClone(a);
    b.scenario.scopes[0]!.label = 'Members, renamed';
    const [scope] = compareLinks(a, b, results(a), results(b)).scopes;
    expect(scope!.renamed).toBe(true);
    expect(scope!.label).toBe(`\u2068${a.scenario.scopes[0]!.label}\u2069 ↔ \u2068Members, renamed\u2069`);
    expect(scope!.differences).toEqual([]);
  });
});

describe('the change in median reach', () => {
  afterEach(() => useTranslations('en', {}));

  // Here's median, the second link's, and the cell in English, Simplified and Traditional Chinese.
  it.each([
    // The ladder's named officials against the member-visa-ban's members: once "× 2.30e+7".
    [4, 91_914_000, '× 23,000,000', '2300万倍', '2300萬倍'],
    [7, 244_600_000, '× 34,900,000', '3490万倍', '3490萬倍'],
    [1, 1234.5, '× 1,230', '1,230倍', '1,230倍'],
    [2, 3, '× 1.5', '1.5倍', '1.5倍'],
    [100, 100, '× 1', '1倍', '1倍'],
    // A ratio below 1 is written as its inverse, divided.
    [228, 100, '÷ 2.28', '1/2.28', '1/2.28'],
    [5_000_000, 2000, '÷ 2,500', '1/2,500', '1/2,500'],
    [300_000_000, 4, '÷ 75,000,000', '1/7500万', '1/7500萬'],
    // No ratio without both medians, or with a median of 0.
    [undefined, 5, '–', '–', '–'],
    [5, undefined, '–', '–', '–'],
    [0, 5, '–', '–', '–'],
  ])('%s → %s: %s / %s / %s', (hereMedian, thereMedian, english, hans, hant) => {
    expect(medianChange(hereMedian, thereMedian)).toBe(english);
    expect(medianChange(hereMedian, thereMedian)).not.toMatch(/e[+-]/);
    useTranslations('zh-Hans', TRANSLATIONS);
    expect(medianChange(hereMedian, thereMedian)).toBe(hans);
    useTranslations('zh-Hant', TRADITIONAL);
    expect(medianChange(hereMedian, thereMedian)).toBe(hant);
  });
});

describe('links from different presets', () => {
  const states = new Map(PRESET_FILES.map((file) => [file, state(file)]));
  const estimated = new Map([...states].map(([file, s]) => [file, results(s)]));
  const pairs = PRESET_FILES.flatMap((a) => PRESET_FILES.filter((b) => b !== a).map((b) => [a, b] as const));

  it.each(pairs)("%s against %s: no number sits under another scope's name", (fileA, fileB) => {
    const [a, b] = [states.get(fileA)!, states.get(fileB)!];
    const comparison = compareLinks(a, b, estimated.get(fileA)!, estimated.get(fileB)!);
    for (const row of comparison.scopes) {
      // The names of the scopes whose numbers the row shows, here's first: the heading's names exactly.
      const owners = [...new Set([row.here?.label, row.there?.label].filter((name) => name !== undefined))];
      expect(namesInHeading(row)).toEqual(owners);
      expect(row.renamed).toBe(owners.length === 2);
      expect(row.differences.map((d) => d.what)).not.toContain('Name');
    }
  });

  it("heads the ladder's named officials, paired by position with the visa ban's members, with both names", () => {
    const [a, b] = [states.get('scope-ladder.json')!, states.get('member-visa-ban-2020.json')!];
    const [first] = compareLinks(
      a,
      b,
      estimated.get('scope-ladder.json')!,
      estimated.get('member-visa-ban-2020.json')!,
    ).scopes;
    expect(first!.label).toBe(
      '\u2068Named officials (Global Magnitsky, July 2020)\u2069 ↔ \u2068All Party members (end 2019)\u2069',
    );
    expect(first!.change).toBe('× 23,000,000');
    // A base of named designees is given by its round's title, never by the catalogue's id.
    expect(first!.differences.find((d) => d.what === 'Base group')?.here).toBe(
      'US designations, 2020: Xinjiang: Chen Quanguo, three officials and the Xinjiang Public Security Bureau',
    );
  });
});
