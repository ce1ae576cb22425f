import { describe, expect, it } from 'vitest';
import { describeProvenance } from '../../src/report/describeProvenance';
import { provenanceAtOnce } from '../../src/report/provenanceAtOnce';
import type { Scenario } from '../../src/scenario/scenario';
import { PRESETS } from '../helpers/linkArbitraries';

const ladder = PRESETS.find((preset) => preset.id === 'scope-ladder')!;
const edited = (change: Partial<Scenario>): Scenario => ({ ...structuredClone(ladder), ...change });

describe('provenanceAtOnce: named before its changes are described', () => {
  it('a preset as published is the preset, as describeProvenance says', () => {
    expect(provenanceAtOnce(structuredClone(ladder), ladder)).toEqual(describeProvenance(ladder, ladder));
  });

  it('scratch is scratch, as describeProvenance says', () => {
    expect(provenanceAtOnce(ladder, undefined)).toEqual(describeProvenance(ladder, undefined));
  });

  it.each([
    ['a seed', { seed: 7 }],
    ['a title', { title: 'My ladder' }],
    ['the draws', { samples: 2000 }],
    ['a scope less', { scopes: ladder.scopes.slice(1) }],
  ])('a preset with %s changed is named modified at once, with its title marked, pending its changes', (_, change) => {
    const scenario = edited(change);
    const atOnce = provenanceAtOnce(scenario, ladder);
    const full = describeProvenance(scenario, ladder);
    expect(atOnce).toMatchObject({ kind: 'modified', pending: true, changes: [] });
    expect(atOnce.shownTitle).toBe(full.shownTitle);
    expect(atOnce.line).toBe(`Modified from the preset “\u2068${ladder.title}\u2069”.`);
    expect([atOnce.authorTitle, atOnce.authorDescription, atOnce.authorLabels]).toEqual([
      full.authorTitle,
      full.authorDescription,
      full.authorLabels,
    ]);
    expect(full.pending).toBeUndefined();
  });
});
