import type { EstimateReply, EstimateRequest, JobNotice } from '../model/workerJobs';
import type { PreferredPair } from '../model/findingPair';
import type { ModelInputs } from '../model/modelInputs';
import type { EstimateWithRatios } from '../model/pairedRatio';
import type { ScopeSensitivity } from '../model/sensitivity';
import { yieldToBrowser } from './yieldToBrowser';

/** A job for the worker, without its number. */
type Job = EstimateRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Queued {
  job: Job;
  lane: string;
  resolve: (answer: EstimateWithRatios | ScopeSensitivity | undefined) => void;
  reject: (error: Error) => void;
}

/** The model off the page's main thread: estimates, and one scope's sensitivity on its draws. */
export interface OffMainThread {
  /**
   * The estimate of `inputs`, with the ratio its finding states (the `preferred` pair's, when both
   * scopes are there). Resolves `undefined` for a request a newer one in the same lane replaced
   * before it started; rejects when the model fails on the inputs.
   */
  later: (inputs: ModelInputs, lane: string, preferred?: PreferredPair) => Promise<EstimateWithRatios | undefined>;
  /** The sensitivity panel's numbers for one scope, on its draws (`analyseScope`); undefined if replaced. */
  analyse: (inputs: ModelInputs, scopeId: string, peopleReached: Float64Array) => Promise<ScopeSensitivity | undefined>;
}

/**
 * While a reader types, a job that had to wait for the one before it starts only once typing has
 * paused this long, ms. On a heavy scenario (twelve scopes at 100,000 draws take
 * the worker 0.5-1.3 s) an estimate for every few keystrokes kept a core busy that the page
 * needed to answer them (on two cores, the page's tasks then took 3-5 times their CPU time), and
 * each was stale when it arrived. Longer than a typist's gap between keys.
 */
export const QUIET_MS = 500;

/** The page's worker: the model in its own chunk, started on the first request. */
const startWorker = () => new Worker(new URL('../model/estimateWorker.ts', import.meta.url), { type: 'module' });

/**
 * The model in a Web Worker, newest request first: while one job runs, only the latest request of
 * each lane waits (those it replaced resolve `undefined` and are never run), so a reader typing
 * into a heavy scenario gets the estimate for what they typed last, not a backlog, and the
 * preset's own estimate (the chart's ghosts) and the sensitivity panel, in lanes of their own,
 * are not dropped for it. A job that waited starts once the reader pauses (`QUIET_MS`); one asked
 * of an idle worker starts at once, so a single edit, or typing on a light scenario, waits for
 * nothing. While the reader goes on typing, the running estimate waits in the worker too, and
 * stops once a newer request replaces it (`workerJobs`). The worker starts on the first request.
 * Where there are no workers,
 * or the worker fails to load, the model is loaded into the page and run there: estimates in
 * slices of 1,000 draws with the browser free to paint and take input between them
 * (`estimateReachWithPauses`), the same numbers, a little later.
 *
 * @param createWorker starts the worker (tests pass a stand-in); undefined where there are none
 * @param quietMs how long typing must pause before a job that waited starts, ms
 */
export function estimateOffMainThread(
  createWorker: () => Worker | undefined = () => (typeof Worker === 'function' ? startWorker() : undefined),
  quietMs = QUIET_MS,
): OffMainThread {
  /** null until the first request; undefined once workers turn out to be unavailable. */
  let worker: Worker | undefined | null = null;
  let nextId = 0;
  let running: (Queued & { id: number }) | undefined;
  /** At most one request waiting per lane, in the order they came. */
  const waiting = new Map<string, Queued>();
  /** When the reader last typed (performance.now(), ms), and the timer waiting for a pause. */
  let typedAtMs = -Infinity;
  let resting: ReturnType<typeof setTimeout> | undefined;
  const notify = (notice: JobNotice) => worker && running && worker.postMessage(notice);
  // Typing into a field (an InputEvent), whether or not it asks for anything yet (half a number, a
  // value out of range); a click on a box or a choice in a list is one edit, and waits for nothing.
  // The estimate already running hears of it (not one that starts after: a single edit waits for nothing).
  globalThis.addEventListener?.(
    'input',
    (event) => {
      if (!(event instanceof InputEvent)) return;
      typedAtMs = performance.now();
      notify({ kind: 'typing', quietMs });
    },
    { capture: true, passive: true },
  );

  /** Starts the oldest waiting job, once typing has paused `quietMs`. */
  function startNext(): void {
    resting = undefined;
    const restMs = typedAtMs + quietMs - performance.now();
    if (restMs > 0) return void (resting = setTimeout(startNext, restMs));
    const [next] = waiting;
    if (!next) return;
    waiting.delete(next[0]);
    start(next[1]);
  }

  function start(queued: Queued): void {
    const id = ++nextId;
    running = { ...queued, id };
    if (worker === null) worker = openWorker();
    // The draws a sensitivity job reads are copied, not moved: the page keeps drawing them.
    if (worker) worker.postMessage({ ...queued.job, id } as EstimateRequest);
    else
      onThePage(queued.job).then(
        (answer) => finish({ id, ...answer } as EstimateReply),
        (error: unknown) => finish({ id, error: String(error) }),
      );
  }

  function openWorker(): Worker | undefined {
    let opened: Worker | undefined;
    try {
      opened = createWorker();
    } catch {
      return undefined;
    }
    opened?.addEventListener('message', (event: MessageEvent<EstimateReply>) => finish(event.data));
    // A worker that cannot load (its chunk blocked or gone after a redeploy) hands over to the page.
    opened?.addEventListener('error', () => {
      opened.terminate();
      worker = undefined;
      const lost = running;
      running = undefined;
      if (lost) start(lost);
    });
    return opened;
  }

  function finish(reply: EstimateReply): void {
    if (!running || running.id !== reply.id) return;
    const done = running;
    running = undefined;
    if ('error' in reply) done.reject(new Error(reply.error));
    else done.resolve('replaced' in reply ? undefined : 'estimate' in reply ? reply.estimate : reply.sensitivity);
    if (waiting.size > 0) startNext();
  }

  const ask = (job: Job, lane: string) =>
    new Promise<EstimateWithRatios | ScopeSensitivity | undefined>((resolve, reject) => {
      if (!running && resting === undefined) return start({ job, lane, resolve, reject });
      if (running?.lane === lane) notify({ kind: 'replaced', id: running.id });
      waiting.get(lane)?.resolve(undefined);
      // Deleted first, so the newest request of a lane also goes to the back of the queue.
      waiting.delete(lane);
      waiting.set(lane, { job, lane, resolve, reject });
    });

  return {
    later: (inputs, lane, preferred) =>
      ask({ kind: 'estimate', inputs, ...(preferred ? { preferred } : {}) }, lane) as Promise<
        EstimateWithRatios | undefined
      >,
    analyse: (inputs, scopeId, peopleReached) =>
      ask({ kind: 'sensitivity', inputs, scopeId, peopleReached }, 'sensitivity') as Promise<
        ScopeSensitivity | undefined
      >,
  };
}

/** A job run on the page, with the model loaded for it: where there is no worker. */
async function onThePage(job: Job): Promise<{ estimate: EstimateWithRatios } | { sensitivity: ScopeSensitivity }> {
  if (job.kind === 'estimate') {
    const [{ estimateReachWithPauses }, { withRatios }] = await Promise.all([
      import('../model/estimateReach'),
      import('../model/pairedRatio'),
    ]);
    return { estimate: withRatios(await estimateReachWithPauses(job.inputs, yieldToBrowser), job.preferred) };
  }
  const { analyseScope } = await import('../model/sensitivity');
  return { sensitivity: analyseScope(job.inputs, job.scopeId, job.peopleReached) };
}
