// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { estimateReach } from '../../src/model/estimateReach';
import type { EstimateReply, EstimateRequest, JobNotice } from '../../src/model/workerJobs';
import type { ModelInputs } from '../../src/model/modelInputs';
import { withRatios } from '../../src/model/pairedRatio';
import { analyseScope } from '../../src/model/sensitivity';
import { estimateOffMainThread, QUIET_MS } from '../../src/page/estimateOffMainThread';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

const ladder = resolveScenario(loadPreset('scope-ladder.json'));
/** The ladder at another seed: a different request, cheap to tell apart. */
const seeded = (seed: number): ModelInputs => ({ ...ladder, seed, samples: 200 });

/** A stand-in worker: holds what it is sent until the test answers, as the model would. */
class HeldWorker extends EventTarget {
  sent: EstimateRequest[] = [];
  /** What the page said about the running job. */
  notices: JobNotice[] = [];
  terminated = false;
  postMessage(message: EstimateRequest | JobNotice) {
    if (message.kind === 'typing' || message.kind === 'replaced') this.notices.push(message);
    else this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the oldest request as the worker would (or with an error, or as replaced). */
  answer(error?: string) {
    const request = this.sent.shift()!;
    const { id } = request;
    const reply: EstimateReply = error
      ? error === 'replaced'
        ? { id, replaced: true }
        : { id, error }
      : request.kind === 'estimate'
        ? { id, estimate: withRatios(estimateReach(request.inputs), request.preferred) }
        : { id, sensitivity: analyseScope(request.inputs, request.scopeId, request.peopleReached) };
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** No pause between requests needed: the lanes' order, without the typing rule (tested on its own). */
const NO_PAUSE = 0;

describe('estimateOffMainThread', () => {
  it('tells the running estimate when the reader types and when a newer request replaces it', async () => {
    const worker = new HeldWorker();
    const estimate = estimateOffMainThread(() => worker as unknown as Worker, NO_PAUSE).later;
    // Typing before a job runs tells no one: a single edit's estimate does not wait.
    window.dispatchEvent(new InputEvent('input'));
    const first = estimate(seeded(1), 'scenario');
    expect(worker.notices).toEqual([]);
    // Nor does a click; typing while it runs does.
    window.dispatchEvent(new Event('input'));
    expect(worker.notices).toEqual([]);
    window.dispatchEvent(new InputEvent('input'));
    expect(worker.notices).toEqual([{ kind: 'typing', quietMs: NO_PAUSE }]);
    // A request in another lane replaces nothing; a newer one in the running job's lane does.
    void estimate(seeded(9), 'origin');
    expect(worker.notices).toHaveLength(1);
    const newer = estimate(seeded(2), 'scenario');
    const id = worker.sent[0]!.id;
    expect(worker.notices.at(-1)).toEqual({ kind: 'replaced', id });
    // The worker stops it: it resolves as replaced, and the ones waiting run, in the order they came.
    worker.answer('replaced');
    expect(await first).toBeUndefined();
    expect(worker.sent.map((request) => request.inputs.seed)).toEqual([9]);
    worker.answer();
    expect(worker.sent.map((request) => request.inputs.seed)).toEqual([2]);
    worker.answer();
    expect((await newer)?.seed).toBe(2);
  });

  it('starts a job that waited only once the reader stops typing: none while they type, the latest after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const worker = new HeldWorker();
      const estimate = estimateOffMainThread(() => worker as unknown as Worker).later;
      /** A keystroke in a field, and the estimate it asks for. */
      const type = (seed: number) => {
        window.dispatchEvent(new InputEvent('input'));
        return estimate(seeded(seed), 'scenario');
      };
      // The first keystroke finds the worker idle: its job starts at once.
      const first = type(1);
      expect(worker.sent.map((request) => request.inputs.seed)).toEqual([1]);
      const typed: Promise<unknown>[] = [];
      for (const seed of [2, 3, 4]) {
        vi.advanceTimersByTime(120);
        typed.push(type(seed));
        // The running job ends while the reader is still typing: the next does not start.
        if (seed === 3) worker.answer();
      }
      expect((await first)?.seed).toBe(1);
      expect(worker.sent).toHaveLength(0);
      vi.advanceTimersByTime(QUIET_MS - 1);
      expect(worker.sent).toHaveLength(0);
      // The reader paused: only what they typed last is estimated.
      vi.advanceTimersByTime(1);
      expect(worker.sent.map((request) => request.inputs.seed)).toEqual([4]);
      worker.answer();
      expect(
        await Promise.all(typed).then((answers) =>
          answers.map((answer) => (answer as { seed: number } | undefined)?.seed),
        ),
      ).toEqual([undefined, undefined, 4]);
      // An edit after the pause finds the worker idle again: at once.
      void type(5);
      expect(worker.sent.map((request) => request.inputs.seed)).toEqual([5]);

      // Typing that asks for nothing (a value the field rejects) holds the next job too...
      vi.advanceTimersByTime(QUIET_MS);
      void estimate(seeded(6), 'scenario');
      vi.advanceTimersByTime(100);
      window.dispatchEvent(new InputEvent('input'));
      worker.answer();
      vi.advanceTimersByTime(QUIET_MS - 1);
      expect(worker.sent).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(worker.sent.map((request) => request.inputs.seed)).toEqual([6]);
      // ...but a click (a box ticked, an option chosen) is one edit: it waits for the job before it only.
      vi.advanceTimersByTime(QUIET_MS);
      window.dispatchEvent(new Event('input'));
      void estimate(seeded(7), 'scenario');
      worker.answer();
      expect(worker.sent.map((request) => request.inputs.seed)).toEqual([7]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('works out a scope’s sensitivity in the worker, on a copy of the draws, in a lane of its own', async () => {
    const worker = new HeldWorker();
    const model = estimateOffMainThread(() => worker as unknown as Worker, NO_PAUSE);
    const typed = model.later(seeded(1), 'scenario');
    const draws = estimateReach(seeded(1)).scopes.at(-1)!;
    const panel = model.analyse(seeded(1), draws.id, draws.draws.peopleReached);
    const newer = model.later(seeded(2), 'scenario');
    worker.answer();
    await settle();
    // The panel's request was not dropped for the newer estimate: it waits in its own lane, first.
    expect(worker.sent.map((request) => request.kind)).toEqual(['sensitivity']);
    worker.answer();
    await settle();
    worker.answer();
    expect((await typed)?.seed).toBe(1);
    expect(await panel).toEqual(analyseScope(seeded(1), draws.id, draws.draws.peopleReached));
    expect((await newer)?.seed).toBe(2);
    // The page keeps its draws: they were copied to the worker, not moved.
    expect(draws.draws.peopleReached.length).toBe(200);
  });

  it('works out the sensitivity on the page where there is no worker', async () => {
    const draws = estimateReach(seeded(4)).scopes.at(-1)!;
    expect(
      await estimateOffMainThread(() => undefined).analyse(seeded(4), draws.id, draws.draws.peopleReached),
    ).toEqual(analyseScope(seeded(4), draws.id, draws.draws.peopleReached));
  });

  it('starts no worker until the first request, then one for all', async () => {
    let started = 0;
    const worker = new HeldWorker();
    const estimate = estimateOffMainThread(() => (started++, worker as unknown as Worker)).later;
    expect(started).toBe(0);
    const first = estimate(seeded(1), 'scenario');
    worker.answer();
    expect(await first).toEqual(withRatios(estimateReach(seeded(1))));
    void estimate(seeded(2), 'scenario');
    expect(started).toBe(1);
  });

  it('drops the requests a newer one in the same lane replaced: only the latest is estimated', async () => {
    const worker = new HeldWorker();
    const estimate = estimateOffMainThread(() => worker as unknown as Worker, NO_PAUSE).later;
    const typed = [1, 2, 3, 4].map((seed) => estimate(seeded(seed), 'scenario'));
    const ghosts = estimate(seeded(9), 'origin');
    // The first went to the worker at once; 2 and 3 were replaced by 4 while it ran.
    expect(worker.sent.map((request) => request.inputs.seed)).toEqual([1]);
    worker.answer();
    await settle();
    expect(worker.sent.map((request) => request.inputs.seed)).toEqual([4]);
    worker.answer();
    await settle();
    // Another lane's request is not dropped for a newer one in this lane.
    expect(worker.sent.map((request) => request.inputs.seed)).toEqual([9]);
    worker.answer();
    const [one, two, three, four] = await Promise.all(typed);
    expect([one?.seed, two, three, four?.seed]).toEqual([1, undefined, undefined, 4]);
    expect((await ghosts)?.seed).toBe(9);
  });

  it('rejects with the model’s message when it fails, and goes on with the next request', async () => {
    const worker = new HeldWorker();
    const estimate = estimateOffMainThread(() => worker as unknown as Worker, NO_PAUSE).later;
    const failed = estimate(seeded(1), 'scenario');
    const next = estimate(seeded(2), 'scenario');
    worker.answer('samples must be at least 1');
    await expect(failed).rejects.toThrow('samples must be at least 1');
    await settle();
    worker.answer();
    expect((await next)?.seed).toBe(2);
  });

  it('estimates on the page, with the same numbers, where there are no workers or the worker fails to load', async () => {
    const none = estimateOffMainThread(() => undefined).later;
    expect(await none(seeded(3), 'scenario')).toEqual(withRatios(estimateReach(seeded(3))));
    // With the finding's ratio for the pair asked for, as the worker makes it.
    const pair = { focusId: 'central-committee-families', baseId: 'named-officials' };
    const withPair = await none(seeded(4), 'scenario', pair);
    expect(withPair).toEqual(withRatios(estimateReach(seeded(4)), pair));
    expect(Object.keys(withPair!.ratios!)).toEqual(['4,0']);

    const broken = new HeldWorker();
    const estimate = estimateOffMainThread(() => broken as unknown as Worker).later;
    const pending = estimate(seeded(5), 'scenario');
    broken.dispatchEvent(new Event('error'));
    expect(broken.terminated).toBe(true);
    expect(await pending).toEqual(withRatios(estimateReach(seeded(5))));
    // Later requests stay on the page.
    expect(await estimate(seeded(6), 'scenario')).toEqual(withRatios(estimateReach(seeded(6))));
    expect(broken.sent).toHaveLength(1);
  });
});
