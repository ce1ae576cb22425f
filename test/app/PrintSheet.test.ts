// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import PrintSheet from '../../src/app/PrintSheet.svelte';
import { estimateReach, type ReachEstimate } from '../../src/model/estimateReach';
import type { ModelInputs } from '../../src/model/modelInputs';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presets = PRESET_FILES.map(loadPreset);
const LINK = 'https://example.org/?v=2&p=scope-ladder&a=rho~1&cv=20261126&k=x';

/** The ladder estimated by a stand-in worker that answers only when the test says so. */
async function heldLadder() {
  const held: (() => void)[] = [];
  const later = (inputs: ModelInputs) =>
    new Promise<ReachEstimate | undefined>((resolve) => held.push(() => resolve(estimateReach(inputs))));
  const state = new ScenarioState({ later }, presets, 'scope-ladder');
  const answer = async () => {
    for (const release of held.splice(0)) release();
    await Promise.resolve();
    await Promise.resolve();
    flushSync();
  };
  const first = state.prepareEstimate();
  await answer();
  await first;
  return { state, answer };
}

describe('PrintSheet', () => {
  it('prints the card, the assumptions of every scope and the citation with its link', async () => {
    const { state } = await heldLadder();
    const { container } = render(PrintSheet, { props: { scenarioState: state, shareFullScale: false, link: LINK } });
    expect(container.querySelector('[data-finding]')).toHaveTextContent(/would reach about 3,690 people/);
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(7);
    expect(container.querySelector('.citation')).toHaveTextContent(LINK);
    expect(container.querySelector('.stale')).toBeNull();
  });

  it('says its numbers are the earlier ones when printed while a change is being estimated', async () => {
    const { state, answer } = await heldLadder();
    state.setAssumption('familyClusteringOddsRatio', { low: 1, mode: 1, high: 1 });
    flushSync();
    const { container } = render(PrintSheet, { props: { scenarioState: state, shareFullScale: false, link: LINK } });
    expect(container.querySelector('.stale')).toHaveTextContent(/numbers are for the scenario before its last change/);
    await answer();
    expect(container.querySelector('.stale')).toBeNull();
  });
});
