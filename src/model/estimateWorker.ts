// The Monte Carlo model in a Web Worker (`estimateOffMainThread` starts it): one job per message,
// so the page's main thread never runs a heavy scenario, or its sensitivity analysis, while a
// reader types or reads.
import { estimateReach, type ReachEstimate } from './estimateReach';
import type { ModelInputs } from './modelInputs';
import { analyseScope, type ScopeSensitivity } from './sensitivity';

/** A job, numbered by the page: an estimate, or one scope's sensitivity on its draws. */
export type EstimateRequest = { id: number } & (
  | { kind: 'estimate'; inputs: ModelInputs }
  | { kind: 'sensitivity'; inputs: ModelInputs; scopeId: string; peopleReached: Float64Array }
);

/** The answer to job `id`, or why the model failed on it. */
export type EstimateReply =
  | { id: number; estimate: ReachEstimate }
  | { id: number; sensitivity: ScopeSensitivity }
  | { id: number; error: string };

addEventListener('message', (event: MessageEvent<EstimateRequest>) => {
  const request = event.data;
  let reply: EstimateReply;
  try {
    reply =
      request.kind === 'estimate'
        ? { id: request.id, estimate: estimateReach(request.inputs) }
        : { id: request.id, sensitivity: analyseScope(request.inputs, request.scopeId, request.peopleReached) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  // The draws move to the page rather than being copied: up to 100,000 numbers per scope.
  const transfer = 'estimate' in reply ? reply.estimate.scopes.map((scope) => scope.draws.peopleReached.buffer) : [];
  postMessage(reply, { transfer });
});
