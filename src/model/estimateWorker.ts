// The Monte Carlo model in a Web Worker (`estimateOffMainThread` starts it): one job at a time
// (`workerJobs`), so the page's main thread never runs a heavy scenario, or its sensitivity
// analysis, while a reader types or reads.
import { workerJobs, type EstimateRequest, type JobNotice } from './workerJobs';

export type { EstimateReply, EstimateRequest, JobNotice } from './workerJobs';

const onMessage = workerJobs((reply, transfer) => postMessage(reply, { transfer }));
addEventListener('message', (event: MessageEvent<EstimateRequest | JobNotice>) => void onMessage(event.data));
