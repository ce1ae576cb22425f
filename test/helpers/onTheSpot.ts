import { estimateReach } from '../../src/model/estimateReach';
import type { Estimator } from '../../src/state/ScenarioState.svelte';

/** The state's estimates made on the spot, when read: the model itself, on the test's thread. */
export const ON_THE_SPOT: Estimator = { now: estimateReach };
