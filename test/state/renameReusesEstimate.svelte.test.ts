// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { flushSync } from 'svelte';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { describe, expect, it, vi } from 'vitest';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

// Counts the model's runs while keeping its numbers.
const runs = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/model/estimateReach', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/estimateReach')>();
  return {
    ...actual,
    estimateReach: (...args: Parameters<typeof actual.estimateReach>) => {
      runs.count++;
      return actual.estimateReach(...args);
    },
  };
});

describe('ScenarioState and scope names', () => {
  it('renaming a scope relabels the results without running the model again', () => {
    inEffectRoot(() => {
      const state = new ScenarioState(PRESET_FILES.map(loadPreset), 'scope-ladder');
      const before = state.record.results[2]!;
      const runsBefore = runs.count;
      for (const label of ['C', 'Ce', 'Cen', 'Central Committee (renamed)']) {
        state.updateScope(2, { label });
        flushSync();
        expect(state.record.results[2]!.label).toBe(label);
      }
      expect(runs.count).toBe(runsBefore);
      expect(state.record.results[2]!.reach).toEqual(before.reach);
      // A change the model reads does run it.
      state.updateScope(2, { waiverShare: { low: 0.5, mode: 0.5, high: 0.5, rationale: 'test' } });
      flushSync();
      void state.record;
      expect(runs.count).toBe(runsBefore + 1);
    });
  });
});
