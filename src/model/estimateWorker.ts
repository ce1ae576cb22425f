// The Monte Carlo model in a Web Worker (`estimateOffMainThread` starts it): one job per message,
// so the page's main thread never runs a heavy scenario, or its sensitivity analysis, while a
// reader types or reads.
import { estimateReach } from './estimateReach';
import type { PreferredPair } from './findingPair';
import type { ModelInputs } from './modelInputs';
import { withRatios, type EstimateWithRatios } from './pairedRatio';
import { analyseScope, type ScopeSensitivity } from './sensitivity';

/** A job, numbered by the page: an estimate, or one scope's sensitivity on its draws. */
export type EstimateRequest = { id: number } & (
  | { kind: 'estimate'; inputs: ModelInputs; preferred?: PreferredPair }
  | { kind: 'sensitivity'; inputs: ModelInputs; scopeId: string; peopleReached: Float64Array }
);

/** The answer to job `id`, or why the model failed on it. */
export type EstimateReply =
  | { id: number; estimate: EstimateWithRatios }
  | { id: number; sensitivity: ScopeSensitivity }
  | { id: number; error: string };

addEventListener('message', (event: MessageEvent<EstimateRequest>) => {
  const request = event.data;
  let reply: EstimateReply;
  try {
    reply =
      request.kind === 'estimate'
        ? { id: request.id, estimate: withRatios(estimateReach(request.inputs), request.preferred) }
        : { id: request.id, sensitivity: analyseScope(request.inputs, request.scopeId, request.peopleReached) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  // The draws move to the page rather than being copied: up to 100,000 numbers per scope.
  const transfer = 'estimate' in reply ? reply.estimate.scopes.map((scope) => scope.draws.peopleReached.buffer) : [];
  postMessage(reply, { transfer });
});
