import { describe, expect, it } from 'vitest';
import { estimateReach } from '../../src/model/estimateReach';
import { withRatios } from '../../src/model/pairedRatio';
import { STRAIGHT_THROUGH_BELOW, workerJobs, type EstimateReply } from '../../src/model/workerJobs';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

// Enough draws to run in slices and hear the page (7 scopes × 15,000 ≥ STRAIGHT_THROUGH_BELOW).
const ladder = { ...resolveScenario(loadPreset('scope-ladder.json')), samples: 15_000 };
const pair = { focusId: 'central-committee-families', baseId: 'named-officials' };

/**
 * A worker's job runner whose replies are collected, with when each came (ms). It reads the page's
 * notices after every slice, so a test need not outlast the worker's usual period.
 */
function runner() {
  const replies: { reply: EstimateReply; atMs: number; moved: number }[] = [];
  const onMessage = workerJobs(
    (reply, transfer) => replies.push({ reply, atMs: performance.now(), moved: transfer.length }),
    0,
  );
  return { replies, onMessage };
}

describe('workerJobs', () => {
  it('answers an estimate with the model’s numbers and the finding’s ratio, moving the draws', async () => {
    const { replies, onMessage } = runner();
    await onMessage({ id: 1, kind: 'estimate', inputs: ladder, preferred: pair });
    expect(replies.map(({ reply }) => reply)).toEqual([{ id: 1, estimate: withRatios(estimateReach(ladder), pair) }]);
    expect(replies[0]!.moved).toBe(ladder.scopes.length);
  });

  it('stops a job a newer request replaced, at its next pause', async () => {
    const { replies, onMessage } = runner();
    const running = onMessage({ id: 2, kind: 'estimate', inputs: ladder });
    await onMessage({ kind: 'replaced', id: 2 });
    await running;
    expect(replies.map(({ reply }) => reply)).toEqual([{ id: 2, replaced: true }]);
  });

  it('reads the notices only once per `listenEveryMs` of work: a job shorter than that runs through', async () => {
    const replies: EstimateReply[] = [];
    const onMessage = workerJobs((reply) => replies.push(reply), 60_000);
    const running = onMessage({ id: 5, kind: 'estimate', inputs: ladder });
    await onMessage({ kind: 'replaced', id: 5 });
    await running;
    expect(replies).toEqual([{ id: 5, estimate: withRatios(estimateReach(ladder)) }]);
  });

  it('runs a light estimate straight through: the ladder at its 10,000 draws hears no notice', async () => {
    const { replies, onMessage } = runner();
    const light = { ...ladder, samples: 10_000 };
    expect(light.samples * light.scopes.length).toBeLessThan(STRAIGHT_THROUGH_BELOW);
    const running = onMessage({ id: 6, kind: 'estimate', inputs: light });
    await onMessage({ kind: 'replaced', id: 6 });
    await running;
    expect(replies.map(({ reply }) => reply)).toEqual([{ id: 6, estimate: withRatios(estimateReach(light)) }]);
  });

  it('waits while the reader types, then gives the same numbers', async () => {
    const { replies, onMessage } = runner();
    const startMs = performance.now();
    const running = onMessage({ id: 3, kind: 'estimate', inputs: ladder });
    await onMessage({ kind: 'typing', quietMs: 150 });
    await running;
    // Not before the pause the notice asked for (a lower bound: it cannot come early).
    expect(replies[0]!.atMs - startMs).toBeGreaterThanOrEqual(150);
    expect(replies[0]!.reply).toEqual({ id: 3, estimate: withRatios(estimateReach(ladder)) });
  });

  it('answers a job the model fails on with why', async () => {
    const { replies, onMessage } = runner();
    // Inputs no page would send (the schema checks every link): the model throws on them.
    await onMessage({ id: 4, kind: 'estimate', inputs: { ...ladder, scopes: null as never } });
    expect(replies[0]!.reply).toMatchObject({ id: 4, error: expect.any(String) });
  });
});
