// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { describe, expect, it } from 'vitest';
import SensitivityAnalysis from '../../src/app/SensitivityAnalysis.svelte';
import { estimateReach } from '../../src/model/estimateReach';
import type { ModelInputs } from '../../src/model/modelInputs';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

/** A ScenarioState on the ladder whose Monte Carlo runs are counted (the model itself, unchanged). */
function countedState(): { state: ScenarioState; runs: () => number } {
  let count = 0;
  const counted = (inputs: ModelInputs) => {
    count++;
    return estimateReach(inputs);
  };
  const state = new ScenarioState({ now: counted }, PRESET_FILES.map(loadPreset), 'scope-ladder');
  return { state, runs: () => count };
}

describe('ScenarioState: one Monte Carlo run per edit', () => {
  it('renaming a scope relabels the results without running the model again', () => {
    inEffectRoot(() => {
      const { state, runs } = countedState();
      const before = state.record.results[2]!;
      const runsBefore = runs();
      for (const label of ['C', 'Ce', 'Cen', 'Central Committee (renamed)']) {
        state.updateScope(2, { label });
        flushSync();
        expect(state.record.results[2]!.label).toBe(label);
      }
      expect(runs()).toBe(runsBefore);
      expect(state.record.results[2]!.reach).toEqual(before.reach);
      // A change the model reads does run it.
      state.updateScope(2, { waiverShare: { low: 0.5, mode: 0.5, high: 0.5, rationale: 'test' } });
      flushSync();
      void state.record;
      expect(runs()).toBe(runsBefore + 1);
    });
  });

  it('runs the model once per edit with the sensitivity panel open: chart and panel read the same draws', () => {
    const { state, runs } = countedState();
    const { container } = render(SensitivityAnalysis, { props: { scenarioState: state, open: true } });
    flushSync();
    // The page reads the record and the finding; the panel reads the estimate's draws.
    void state.record;
    void state.finding;
    expect(container.querySelector('figure.histogram')).not.toBeNull();
    const runsBefore = runs();
    for (const mode of [0.91, 0.92]) {
      state.setAssumption('marriedShare31to60', { low: 0.85, mode, high: 0.94 });
      flushSync();
      void state.record;
      void state.finding;
    }
    expect(runs() - runsBefore).toBe(2);
    // The histogram's draws are the page's estimate's, not a second run's.
    const last = state.estimate.scopes.at(-1)!;
    const median = container.querySelector('figure.histogram .median-label')?.textContent ?? '';
    expect(median.replace(/\D/g, '')).not.toBe('');
    expect(state.record.results.at(-1)!.reach.median).toBe(last.peopleReached.median);
  });

  it('the sensitivity panel has no Monte Carlo of its own to run: it cannot call the estimator', () => {
    // The count above sees the state's runs; this keeps the panel from running one the count cannot see.
    const source = readFileSync(resolve(import.meta.dirname, '../../src/app/SensitivityAnalysis.svelte'), 'utf8');
    expect(source).not.toMatch(/model\/estimateReach'/);
  });
});
