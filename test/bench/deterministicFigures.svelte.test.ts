// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { describe, expect, it } from 'vitest';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { BUDGETS } from '../../bench/budgets';
import { checkBudgets, failures, formatVerdicts } from '../../bench/checkBudgets';
import { shareLinkChars } from '../../bench/linkLength';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';
import { ON_THE_SPOT } from '../helpers/onTheSpot';

// The deterministic budget the unit suite can check without a build: the same edit always gives the
// same link. (The byte budgets are measured on the build the browser step serves, in
// test/e2e/bytes.spec.ts; axe and requests in the browser, in test/e2e/budgets.spec.ts.)
describe('deterministic budgets', () => {
  it('the ladder’s share link after one assumption edit stays within its budget', async () => {
    const state = inEffectRoot(() => new ScenarioState(ON_THE_SPOT, PRESET_FILES.map(loadPreset), 'scope-ladder'));
    await state.loadLinkEncoder();
    inEffectRoot(() => {
      // The edit the browser bench makes: married share at 31-60, most likely 90% → 91%.
      state.setAssumption('marriedShare31to60', { low: 0.85, mode: 0.91, high: 0.94 });
      expect(state.query).toMatch(/^v=2&p=scope-ladder&a=m2~0.85-0.91-0.94&cv=20261126&k=\w{7}$/);
      const verdicts = checkBudgets(
        { ladderLinkChars: shareLinkChars(state.loadedQuery) },
        BUDGETS,
        (b) => b.unit === 'chars',
      );
      expect(failures(verdicts), formatVerdicts(verdicts)).toEqual([]);
    });
  });
});
