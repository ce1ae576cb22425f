// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, EditHistory, trackEdits } from '../../src/state/EditHistory.svelte';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';
import { ON_THE_SPOT } from '../helpers/onTheSpot';

const presets = PRESET_FILES.map(loadPreset);

/** A page on the ladder with edit tracking, and a clock the test moves. */
function page(run: (state: ScenarioState, history: EditHistory, tick: (ms: number) => void) => void) {
  let nowMs = 0;
  inEffectRoot(() => {
    const state = new ScenarioState(ON_THE_SPOT, presets, 'scope-ladder');
    const history = new EditHistory(state, () => nowMs);
    trackEdits(state, history);
    flushSync();
    run(state, history, (ms) => {
      nowMs += ms;
      flushSync();
    });
  });
}

describe('EditHistory', () => {
  it('undoes and redoes each edit, a preset chosen included', () => {
    page((state, history, tick) => {
      const original = state.linkKey;
      expect(history.canUndo).toBe(false);
      state.updateScope(0, { waiverShare: { low: 0.5, mode: 0.5, high: 0.5 } });
      tick(5000);
      const edited = state.linkKey;
      state.loadPreset('visa-rule-2020');
      tick(5000);
      expect(state.presetId).toBe('visa-rule-2020');
      expect(history.canUndo).toBe(true);
      history.undo();
      flushSync();
      expect(state.presetId).toBe('scope-ladder');
      expect(state.linkKey).toBe(edited);
      history.undo();
      flushSync();
      expect(state.linkKey).toBe(original);
      expect(history.canUndo).toBe(false);
      history.redo();
      history.redo();
      flushSync();
      expect(state.presetId).toBe('visa-rule-2020');
      expect(history.canRedo).toBe(false);
    });
  });

  it('makes typing a name one step, and a new edit clears what could be redone', () => {
    page((state, history, tick) => {
      const original = state.linkKey;
      for (const label of ['M', 'My', 'My s', 'My scope']) {
        state.updateScope(1, { label });
        tick(COALESCE_MS / 4);
      }
      tick(COALESCE_MS * 2);
      history.undo();
      flushSync();
      expect(state.linkKey).toBe(original);
      history.redo();
      flushSync();
      expect(state.scenario.scopes[1]!.label).toBe('My scope');
      history.undo();
      flushSync();
      state.setAssumption('marriedShare31to60', { low: 0.8, mode: 0.85, high: 0.9 });
      tick(10);
      expect(history.canRedo).toBe(false);
    });
  });

  it('restores a removed scope with its reset target', () => {
    page((state, history, tick) => {
      const removed = state.scenario.scopes[3]!;
      state.removeScope(3);
      tick(5000);
      expect(state.scenario.scopes.some((s) => s.id === removed.id)).toBe(false);
      history.undo();
      flushSync();
      expect(state.scenario.scopes[3]!.id).toBe(removed.id);
      expect(state.defaultScope(removed.id)?.label).toBe(removed.label);
    });
  });
});
