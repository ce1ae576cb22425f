// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPresets } from '../../src/app/loadPresets';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../../src/data/demographicAssumptions';
import AssumptionsPanel from '../../src/editor/AssumptionsPanel.svelte';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { ON_THE_SPOT } from '../helpers/onTheSpot';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const newState = () =>
  new ScenarioState(ON_THE_SPOT, loadPresets(Object.fromEntries(PRESET_FILES.map((f) => [f, loadPreset(f)]))));

/** The help under one assumption's range: its reason and its sources. */
const helpOf = (key: string) => document.querySelector(`#assumption-${key}-help`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AssumptionsPanel', () => {
  const key = 'marriedShare31to60';
  const catalogue = DEMOGRAPHIC_ASSUMPTIONS[key];

  it("gives the catalogue's reason and sources under the catalogue's range", () => {
    render(AssumptionsPanel, { scenarioState: newState() });
    expect(helpOf(key)).toHaveTextContent(catalogue.rationale);
    expect(helpOf(key).querySelectorAll('a')).toHaveLength(catalogue.sources.length);
  });

  it("gives a range the reader set its own reason, not the catalogue's, which argue for the default", () => {
    const state = newState();
    state.setAssumption(key, { low: 0.5, mode: 0.6, high: 0.7 });
    render(AssumptionsPanel, { scenarioState: state });
    expect(helpOf(key)).toHaveTextContent(/^Set by the reader\.$/);
    expect(helpOf(key).querySelectorAll('a')).toHaveLength(0);
    // Reset brings back the catalogue's range, and with it the catalogue's reason.
    expect(helpOf(key).closest('fieldset')!.querySelector('button.reset')).toBeEnabled();
  });
});
