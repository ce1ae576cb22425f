// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { flushSync } from 'svelte';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { describe, expect, it } from 'vitest';
import { MAX_SCOPES } from '../../src/scenario/scenario';
import { READER_RATIONALE, ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';
import { ON_THE_SPOT } from '../helpers/onTheSpot';

const presets = PRESET_FILES.map(loadPreset);

function withState(run: (state: ScenarioState) => void) {
  inEffectRoot(() => {
    run(new ScenarioState(ON_THE_SPOT, presets, 'scope-ladder'));
  });
}

describe('ScenarioState', () => {
  it('opens on the requested preset with its results derived', () => {
    withState((state) => {
      expect(state.presetId).toBe('scope-ladder');
      expect(state.record.results).toHaveLength(7);
      expect(state.shownReferenceIds).toContain('china');
      expect(state.shownReferenceIds).not.toContain('taiwan-population-2024');
    });
  });

  it('recomputes the results when an assumption changes', () => {
    withState((state) => {
      const before = state.record.results.at(-1)!.reach.median;
      state.updateScope(6, { conductShare: { low: 0.5, mode: 0.5, high: 0.5, rationale: READER_RATIONALE } });
      flushSync();
      expect(state.record.results.at(-1)!.reach.median).toBeLessThan(before * 0.6);
      state.setAssumption('familyClusteringOddsRatio', { low: 1, mode: 1, high: 1 });
      flushSync();
      expect(state.scenario.assumptions.familyClusteringOddsRatio?.rationale).toBe(READER_RATIONALE);
    });
  });

  it('adds, duplicates, moves and removes scopes within 1 to 12', () => {
    withState((state) => {
      const copy = state.duplicateScope(0)!;
      expect(state.scenario.scopes[1]!.id).toBe(copy);
      expect(state.scenario.scopes[1]!.label).toBe('Named officials (Global Magnitsky, July 2020) (copy)');
      expect(state.defaultScope(copy)?.base).toEqual(state.scenario.scopes[0]!.base);
      state.moveScope(1, 1);
      expect(state.scenario.scopes[2]!.id).toBe(copy);
      while (state.canAddScope) state.addScope();
      expect(state.scenario.scopes).toHaveLength(MAX_SCOPES);
      expect(state.addScope()).toBeUndefined();
      expect(new Set(state.scenario.scopes.map((s) => s.id)).size).toBe(MAX_SCOPES);
      while (state.scenario.scopes.length > 1) state.removeScope(0);
      state.removeScope(0);
      expect(state.scenario.scopes).toHaveLength(1);
      flushSync();
      expect(state.record.results).toHaveLength(1);
    });
  });

  it('knows a scope’s default by its own id only, whatever the id', () => {
    const ladder = presets.find((preset) => preset.id === 'scope-ladder')!;
    const renamed = {
      ...ladder,
      scopes: ladder.scopes.map((scope, i) => (i === 0 ? { ...scope, id: 'constructor' } : scope)),
    };
    inEffectRoot(() => {
      const state = new ScenarioState(ON_THE_SPOT, [renamed], 'scope-ladder');
      expect(state.defaultScope('constructor')?.label).toBe(ladder.scopes[0]!.label);
      expect(state.defaultScope('toString')).toBeUndefined();
      expect(state.defaultScope('__proto__')).toBeUndefined();
    });
  });

  it('starts from scratch with one scope and returns to a preset unchanged', () => {
    withState((state) => {
      state.updateScope(0, { label: 'Edited' });
      state.startFromScratch();
      expect(state.presetId).toBeNull();
      expect(state.scenario.scopes).toHaveLength(1);
      state.loadPreset('scope-ladder');
      expect(state.scenario.scopes[0]!.label).toBe('Named officials (Global Magnitsky, July 2020)');
    });
  });

  it('downloads only the presets it lacks, once, and loads them', async () => {
    const ladder = presets.find((p) => p.id === 'scope-ladder')!;
    const asked: string[][] = [];
    const fetch = async (ids: readonly string[]) => {
      asked.push([...ids]);
      return presets.filter((p) => ids.includes(p.id));
    };
    const state = new ScenarioState(ON_THE_SPOT, [ladder], 'scope-ladder', fetch);
    await state.ensurePresets(['scope-ladder', null, 'magnitsky-2020']);
    await state.ensurePresets(['magnitsky-2020']);
    expect(asked).toEqual([['magnitsky-2020']]);
    expect(state.presets.map((p) => p.id)).toEqual(['scope-ladder', 'magnitsky-2020']);
    state.loadPreset('magnitsky-2020');
    expect(state.presetId).toBe('magnitsky-2020');
  });

  it('passes on a failed download, and keeps what it had', async () => {
    const ladder = presets.find((p) => p.id === 'scope-ladder')!;
    const state = new ScenarioState(ON_THE_SPOT, [ladder], 'scope-ladder', () =>
      Promise.reject(new TypeError('offline')),
    );
    await expect(state.ensurePresets(['stop-ccp-act'])).rejects.toThrow('offline');
    expect(state.presets).toEqual([ladder]);
    expect(state.presetId).toBe('scope-ladder');
  });
});
