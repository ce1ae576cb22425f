// The Monte Carlo model in a Web Worker (`estimateOffMainThread` starts it): one estimate per
// message, so the page's main thread never runs a heavy scenario while a reader types.
import { estimateReach, type ReachEstimate } from './estimateReach';
import type { ModelInputs } from './modelInputs';

/** A request: the model's inputs, numbered by the page. */
export interface EstimateRequest {
  id: number;
  inputs: ModelInputs;
}

/** The answer to request `id`: its estimate, or why the model failed. */
export type EstimateReply = { id: number; estimate: ReachEstimate } | { id: number; error: string };

addEventListener('message', (event: MessageEvent<EstimateRequest>) => {
  const { id, inputs } = event.data;
  let reply: EstimateReply;
  try {
    reply = { id, estimate: estimateReach(inputs) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  // The draws move to the page rather than being copied: up to 100,000 numbers per scope.
  const transfer = 'estimate' in reply ? reply.estimate.scopes.map((scope) => scope.draws.peopleReached.buffer) : [];
  postMessage(reply, { transfer });
});
