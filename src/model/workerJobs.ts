import { estimateReach, estimateReachWithPauses } from './estimateReach';
import type { PreferredPair } from './findingPair';
import type { ModelInputs } from './modelInputs';
import { withRatios, type EstimateWithRatios } from './pairedRatio';
import { analyseScope, type ScopeSensitivity } from './sensitivity';

/** A job, numbered by the page: an estimate, or one scope's sensitivity on its draws. */
export type EstimateRequest = { id: number } & (
  | { kind: 'estimate'; inputs: ModelInputs; preferred?: PreferredPair }
  | { kind: 'sensitivity'; inputs: ModelInputs; scopeId: string; peopleReached: Float64Array }
);

/**
 * What the page says about the job running: the reader typed (`typing`: an estimate waits until
 * `quietMs` after the latest), or a newer request replaced it (`replaced`: it stops).
 */
export type JobNotice = { kind: 'typing'; quietMs: number } | { kind: 'replaced'; id: number };

/** The answer to job `id`, or why the model failed on it, or that it stopped, replaced. */
export type EstimateReply =
  | { id: number; estimate: EstimateWithRatios }
  | { id: number; sensitivity: ScopeSensitivity }
  | { id: number; error: string }
  | { id: number; replaced: true };

const REPLACED = Symbol('replaced');

/**
 * Draws times scopes below which an estimate runs straight through, hearing no notices: the ladder
 * (7 scopes at 10,000 draws, about 50 ms) is over before pausing it would help the page, and
 * pausing at all cost it 30-40 ms of its time to the chart.
 */
export const STRAIGHT_THROUGH_BELOW = 100_000;

/**
 * The worker's side of `estimateOffMainThread`: runs each job it is given and posts the answer.
 * An estimate runs in slices (`estimateReachWithPauses`, the same numbers) and, between them,
 * lets the page's notices in: while the reader types it waits, so the page's own tasks have the
 * processor (on two cores a busy worker made a 10 ms task take 50-90), and a job a newer request
 * replaced stops rather than finishing numbers no one will see.
 *
 * @param post sends a reply to the page, moving the buffers listed
 * @param listenEveryMs computing time between two reads of the page's notices, ms (0: after every
 *   slice). Each read is a task boundary, which on a busy two-core machine let other threads run
 *   for milliseconds: reading after every slice took an edit of the ladder from about 50 to 100 ms.
 * @returns what to do with each message from the page
 */
export function workerJobs(
  post: (reply: EstimateReply, transfer: Transferable[]) => void,
  listenEveryMs = 50,
): (message: EstimateRequest | JobNotice) => Promise<void> {
  /** Until when (performance.now(), ms) the reader is typing. */
  let typingUntilMs = 0;
  /** When the running job last read the page's notices (performance.now(), ms). */
  let listenedAtMs = 0;
  const replaced = new Set<number>();

  async function pause(id: number): Promise<void> {
    if (performance.now() - listenedAtMs < listenEveryMs) return;
    // A task boundary, so the page's notices are read; not setTimeout(0), clamped to 4 ms.
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (channel.port1.close(), resolve());
      channel.port2.postMessage(null);
    });
    for (let waitMs = typingUntilMs - performance.now(); ; waitMs = typingUntilMs - performance.now()) {
      if (replaced.delete(id)) throw REPLACED;
      if (waitMs <= 0) return void (listenedAtMs = performance.now());
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  return async (message) => {
    if (message.kind === 'typing') return void (typingUntilMs = performance.now() + message.quietMs);
    if (message.kind === 'replaced') return void replaced.add(message.id);
    const { id } = message;
    listenedAtMs = performance.now();
    let reply: EstimateReply;
    try {
      reply =
        message.kind === 'estimate'
          ? {
              id,
              estimate: withRatios(
                message.inputs.samples * message.inputs.scopes.length < STRAIGHT_THROUGH_BELOW
                  ? estimateReach(message.inputs)
                  : await estimateReachWithPauses(message.inputs, () => pause(id)),
                message.preferred,
              ),
            }
          : { id, sensitivity: analyseScope(message.inputs, message.scopeId, message.peopleReached) };
    } catch (error) {
      reply =
        error === REPLACED
          ? { id, replaced: true }
          : { id, error: error instanceof Error ? error.message : String(error) };
    }
    replaced.delete(id);
    // The draws move to the page rather than being copied: up to 100,000 numbers per scope.
    post(reply, 'estimate' in reply ? reply.estimate.scopes.map((scope) => scope.draws.peopleReached.buffer) : []);
  };
}
