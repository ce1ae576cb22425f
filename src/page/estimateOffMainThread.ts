import type { ReachEstimate } from '../model/estimateReach';
import type { EstimateReply, EstimateRequest } from '../model/estimateWorker';
import type { ModelInputs } from '../model/modelInputs';
import { yieldToBrowser } from './yieldToBrowser';

/**
 * Makes estimates without blocking the page. Resolves `undefined` for a request a newer one in
 * the same lane replaced before it started; rejects when the model fails on the inputs.
 */
export type AsyncEstimator = (inputs: ModelInputs, lane: string) => Promise<ReachEstimate | undefined>;

interface Request {
  inputs: ModelInputs;
  resolve: (estimate: ReachEstimate | undefined) => void;
  reject: (error: Error) => void;
}

/** The page's worker: the model in its own chunk, started on the first request. */
const startWorker = () => new Worker(new URL('../model/estimateWorker.ts', import.meta.url), { type: 'module' });

/**
 * Estimates in a Web Worker, newest request first: while one estimate runs, only the latest
 * request of each lane waits (those it replaced resolve `undefined` and are never computed), so a
 * reader typing into a heavy scenario gets the estimate for what they typed last, not a backlog,
 * and the preset's own estimate (the chart's ghosts: another lane) is not dropped for it. The
 * worker starts on the first request. Where there are no workers, or the worker fails to load,
 * the model is loaded into the page and estimates run there in slices of 1,000 draws, with the
 * browser free to paint and take input between them (`estimateReachWithPauses`): the same
 * numbers, a little later.
 *
 * @param createWorker starts the worker (tests pass a stand-in); undefined where there are none
 */
export function estimateOffMainThread(
  createWorker: () => Worker | undefined = () => (typeof Worker === 'function' ? startWorker() : undefined),
): AsyncEstimator {
  /** null until the first request; undefined once workers turn out to be unavailable. */
  let worker: Worker | undefined | null = null;
  let nextId = 0;
  let running: (Request & { id: number }) | undefined;
  /** At most one request waiting per lane, in the order they came. */
  const waiting = new Map<string, Request>();

  function start(request: Request): void {
    const id = ++nextId;
    running = { ...request, id };
    if (worker === null) worker = openWorker();
    if (worker) worker.postMessage({ id, inputs: request.inputs } satisfies EstimateRequest);
    else
      import('../model/estimateReach')
        .then((model) => model.estimateReachWithPauses(request.inputs, yieldToBrowser))
        .then(
          (estimate) => finish({ id, estimate }),
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
    else done.resolve(reply.estimate);
    const [next] = waiting;
    if (next) {
      waiting.delete(next[0]);
      start(next[1]);
    }
  }

  return (inputs, lane) =>
    new Promise((resolve, reject) => {
      if (!running) return start({ inputs, resolve, reject });
      waiting.get(lane)?.resolve(undefined);
      // Deleted first, so the newest request of a lane also goes to the back of the queue.
      waiting.delete(lane);
      waiting.set(lane, { inputs, resolve, reject });
    });
}
