// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { estimateReach, type ReachEstimate } from '../../src/model/estimateReach';
import type { ModelInputs } from '../../src/model/modelInputs';
import type { PreferredPair } from '../../src/model/findingPair';
import { drawsRatio, withRatios, type EstimateWithRatios } from '../../src/model/pairedRatio';
import { FINDING_FOCUS } from '../../src/report/describeFinding';
import { makePresetEstimate } from '../../src/report/makePresetEstimate';
import type { PresetEstimate } from '../../src/report/presetEstimate';
import { ScenarioState, type EstimateLane } from '../../src/state/ScenarioState.svelte';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { ON_THE_SPOT } from '../helpers/onTheSpot';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presets = PRESET_FILES.map(loadPreset);
const SHIPPED = new Map(presets.map((preset) => [preset.id, makePresetEstimate(preset)]));

/** A stand-in for the page's worker: it holds every request until the test answers it. */
function heldWorker(made: (estimate: ReachEstimate, preferred?: PreferredPair) => EstimateWithRatios = withRatios) {
  const requests: { inputs: ModelInputs; lane: EstimateLane; preferred?: PreferredPair; answer: () => void }[] = [];
  const later = (inputs: ModelInputs, lane: EstimateLane, preferred?: PreferredPair) =>
    new Promise<EstimateWithRatios | undefined>((resolve) =>
      requests.push({ inputs, lane, preferred, answer: () => resolve(made(estimateReach(inputs), preferred)) }),
    );
  /** Answers every request so far, in order, and lets the answers land. */
  const answerAll = async () => {
    for (const request of requests.splice(0)) request.answer();
    await Promise.resolve();
    await Promise.resolve();
    flushSync();
  };
  return { later, requests, answerAll };
}

/** The ladder, its first numbers made by a held worker and answered. */
async function estimatedLadder() {
  const worker = heldWorker();
  const state = new ScenarioState({ later: worker.later }, presets, 'scope-ladder');
  const first = state.prepareEstimate();
  await worker.answerAll();
  await first;
  return { worker, state };
}

const ONE: { low: number; mode: number; high: number } = { low: 1, mode: 1, high: 1 };

describe('ScenarioState with estimates made elsewhere', () => {
  it('reads the finding’s ratio from the worker’s answer, asked for the preset’s own pair; else from the draws', async () => {
    const { worker, state } = await estimatedLadder();
    const spot = new ScenarioState(ON_THE_SPOT, presets, 'scope-ladder');
    state.setAssumption('familyClusteringOddsRatio', ONE);
    spot.setAssumption('familyClusteringOddsRatio', ONE);
    flushSync();
    inEffectRoot(() => void state.estimate);
    expect(worker.requests.map((request) => request.preferred)).toEqual([FINDING_FOCUS['scope-ladder']]);
    await worker.answerAll();
    inEffectRoot(() => expect(state.finding).toEqual(spot.finding));

    // A ratio the worker sent is the one stated: the page does not work it out again.
    const marked = { median: 7, p05: 6, p95: 8 };
    const marking = heldWorker((estimate) => ({ ...estimate, ratios: { '4,0': marked } }));
    const markedState = new ScenarioState({ later: marking.later }, presets, 'scope-ladder');
    markedState.setAssumption('familyClusteringOddsRatio', ONE);
    const first = markedState.prepareEstimate();
    await marking.answerAll();
    await first;
    inEffectRoot(() => expect(markedState.finding.ratio).toEqual(marked));

    // Without one (an estimator that sends none), the ratio is read from the draws, the same numbers.
    const plain = heldWorker((estimate) => estimate);
    const plainState = new ScenarioState({ later: plain.later }, presets, 'scope-ladder');
    plainState.setAssumption('familyClusteringOddsRatio', ONE);
    const plainFirst = plainState.prepareEstimate();
    await plain.answerAll();
    await plainFirst;
    inEffectRoot(() => expect(plainState.finding).toEqual(spot.finding));
  });

  it('off the main thread: keeps the earlier numbers, marked pending, until the change’s arrive', async () => {
    const { worker, state } = await estimatedLadder();
    const spot = new ScenarioState(ON_THE_SPOT, presets, 'scope-ladder');
    inEffectRoot(() => expect(state.record).toEqual(spot.record));

    const before = state.record;
    state.setAssumption('familyClusteringOddsRatio', ONE);
    spot.setAssumption('familyClusteringOddsRatio', ONE);
    flushSync();
    inEffectRoot(() => {
      expect(state.estimatePending).toBe(true);
      // The earlier numbers, under the names they were made with: never a mix of the two.
      expect(state.record).toEqual(before);
    });
    expect(worker.requests.map((request) => request.lane)).toEqual(['scenario']);
    await worker.answerAll();
    inEffectRoot(() => {
      expect(state.estimatePending).toBe(false);
      expect(state.record).toEqual(spot.record);
      expect(state.finding).toEqual(spot.finding);
    });
  });

  it('names as the cause of the numbers shown only the edits they were made with', async () => {
    const { worker, state } = await estimatedLadder();
    const last = state.scenario.scopes.length - 1;
    state.updateScope(last, { conductShare: { low: 0.5, mode: 0.5, high: 0.5 } });
    // The page downloads the code naming each change once the scenario differs from its preset.
    expect(state.provenance.pending).toBe(true);
    await state.loadProvenance();
    // Reading the numbers asks for them, as the chart does.
    inEffectRoot(() => state.record);
    await worker.answerAll();
    const id = state.scenario.scopes[last]!.id;
    const [conduct] = inEffectRoot(() => state.causes[id]!);
    expect(conduct).toMatch(/meeting the legal test/);
    state.setAssumption('familyClusteringOddsRatio', ONE);
    inEffectRoot(() => {
      void state.record;
      expect(state.estimatePending).toBe(true);
      // The assumption is not in the numbers yet: the change list does not name it.
      expect(state.causes[id]).toEqual([conduct]);
      expect(state.provenance.causes[id]).toHaveLength(2);
    });
    await worker.answerAll();
    inEffectRoot(() => expect(state.causes[id]).toEqual(state.provenance.causes[id]));
    inEffectRoot(() => expect(state.causes[id]).toHaveLength(2));
  });

  it('draws a preset as published from its shipped numbers, with no run, to the last digit', async () => {
    for (const preset of presets) {
      const worker = heldWorker();
      const state = new ScenarioState({ later: worker.later, shipped: (id) => SHIPPED.get(id) }, presets, preset.id);
      await state.prepareEstimate();
      const spot = new ScenarioState(ON_THE_SPOT, presets, preset.id);
      inEffectRoot(() => {
        expect(state.record, preset.id).toEqual(spot.record);
        expect(state.finding, preset.id).toEqual(spot.finding);
      });
      expect(worker.requests, preset.id).toEqual([]);
    }
  });

  it('asks for a shipped preset’s draws once, when the sensitivity panel reads them', async () => {
    const worker = heldWorker();
    const state = new ScenarioState({ later: worker.later, shipped: (id) => SHIPPED.get(id) }, presets, 'stop-ccp-act');
    inEffectRoot(() => {
      expect(state.draws).toBeUndefined();
      expect(state.draws).toBeUndefined();
    });
    expect(worker.requests).toHaveLength(1);
    await worker.answerAll();
    const spot = new ScenarioState(ON_THE_SPOT, presets, 'stop-ccp-act');
    inEffectRoot(() => {
      const { ratios, ...drawn } = state.draws as EstimateWithRatios;
      expect(drawn).toEqual(spot.draws);
      expect(ratios).toEqual(withRatios(spot.draws!, FINDING_FOCUS['stop-ccp-act']).ratios);
      expect(state.record).toEqual(spot.record);
    });
  });

  it('takes an edited preset’s ghosts from its shipped numbers, not from a second run', async () => {
    const worker = heldWorker();
    const state = new ScenarioState({ later: worker.later, shipped: (id) => SHIPPED.get(id) }, presets, 'scope-ladder');
    await state.prepareEstimate();
    const spot = new ScenarioState(ON_THE_SPOT, presets, 'scope-ladder');
    for (const each of [state, spot]) each.setAssumption('familyClusteringOddsRatio', ONE);
    flushSync();
    inEffectRoot(() => void state.estimate);
    await worker.answerAll();
    inEffectRoot(() => {
      expect(state.originRecord).toEqual(spot.originRecord);
      expect(state.record).toEqual(spot.record);
    });
    // One run: the edited scenario's. The preset's own numbers were shipped.
    expect(worker.requests).toHaveLength(0);
  });
});

describe('makePresetEstimate', () => {
  it.each(presets.map((preset) => [preset.id, preset] as const))(
    '%s: the numbers that ship are the model’s, to the last digit',
    async (_, preset) => {
      const { presetEstimateModule } = await import('../../src/report/makePresetEstimate');
      // What the build writes, read back as the page reads it.
      const source = presetEstimateModule(preset);
      expect(source.startsWith('export default ')).toBe(true);
      const shipped = JSON.parse(source.slice('export default '.length, -1)) as PresetEstimate;
      const spot = new ScenarioState(ON_THE_SPOT, presets, preset.id);
      inEffectRoot(() => {
        const { draws: _draws, ...withoutDraws } = { draws: undefined, ...spot.draws! };
        expect(shipped.summary).toEqual({
          ...withoutDraws,
          scopes: spot.draws!.scopes.map(({ draws: _scopeDraws, ...scope }) => scope),
        });
        // The ratio the finding reads, as the paired draws give it.
        expect(Object.keys(shipped.ratios)).toHaveLength(preset.scopes.length > 1 ? 1 : 0);
        for (const [pair, ratio] of Object.entries(shipped.ratios)) {
          const [focus, base] = pair.split(',').map(Number);
          expect(ratio, pair).toEqual(drawsRatio(spot.draws!)(focus!, base!));
        }
      });
    },
  );
  it('gives a download asked for after the model failed on a change the model’s message, not a wait that never ends', async () => {
    // A worker that makes the first numbers, then fails every request.
    let failing = false;
    const later = (inputs: ModelInputs) =>
      failing ? Promise.reject(new Error('the model stopped')) : Promise.resolve(withRatios(estimateReach(inputs)));
    const broken = new ScenarioState({ later }, presets, 'scope-ladder');
    await broken.prepareEstimate();
    failing = true;
    broken.setAssumption('familyClusteringOddsRatio', ONE);
    flushSync();
    inEffectRoot(() => void broken.estimate);
    // The download asked for while the request runs is told when it fails...
    await expect(broken.whenCurrent()).rejects.toThrow('the model stopped');
    // ...and so is one asked for afterwards, with nothing asking the model again.
    await expect(broken.whenCurrent()).rejects.toThrow('the model stopped');
    expect(broken.estimateProblem).toBe('the model stopped');

    // Inputs that failed, asked for again (left and come back to), are waited for, not refused.
    failing = false;
    broken.setAssumption('familyClusteringOddsRatio', undefined);
    flushSync();
    inEffectRoot(() => void broken.estimate);
    broken.setAssumption('familyClusteringOddsRatio', ONE);
    flushSync();
    inEffectRoot(() => void broken.estimate);
    await expect(broken.whenCurrent()).resolves.toBeUndefined();
  });
});
