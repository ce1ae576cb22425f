import { CATALOGUE_VERSION } from '../data/catalogue';
import type { CatalogueEdition } from '../data/catalogueHistory';
import { estimateReach, estimateReachWithPauses, type ReachEstimate } from '../model/estimateReach';
import type { ModelInputs } from '../model/modelInputs';
import { resolveScenario } from '../scenario/resolveScenario';
import type { Scenario } from '../scenario/scenario';
import { estimateRecord, type EstimateRecord } from './estimateRecord';

/** A scenario's numbers: the model's inputs, the estimate with its draws, and the record. */
export interface ScenarioEstimate {
  inputs: ModelInputs;
  estimate: ReachEstimate;
  /** The estimate with the scopes' names and the catalogue version: what tables and files read. */
  record: EstimateRecord;
}

/**
 * The pipeline from a scenario to its numbers, named once: resolve the scenario against the
 * figures catalogue (an older edition when given), run the Monte Carlo model, and write the record.
 * The CLI, the claims, the link comparison and the build (every preset's shipped numbers,
 * `makePresetEstimate`) run it, and the embed its slice-by-slice twin below; the page's state runs
 * the same three steps as separate derived values (the model in its worker), so that renaming a
 * scope reuses the estimate.
 *
 * @param edition the catalogue edition an older link was made with; the current one when unset
 * @param estimator the model (tests pass one that counts its runs)
 */
export function estimateScenario(
  scenario: Scenario,
  edition?: CatalogueEdition,
  estimator: (inputs: ModelInputs) => ReachEstimate = estimateReach,
): ScenarioEstimate {
  const inputs = resolveScenario(scenario, edition);
  const estimate = estimator(inputs);
  return { inputs, estimate, record: estimateRecord(scenario, estimate, edition?.version ?? CATALOGUE_VERSION) };
}

/**
 * `estimateScenario` in slices, awaiting `pause()` between them, with the same numbers to the bit:
 * for an estimate made on the page (the embed's edited link), which would otherwise block it.
 *
 * @param pause resolves when the browser has had a chance to handle input and paint
 */
export async function estimateScenarioWithPauses(
  scenario: Scenario,
  pause: () => Promise<void>,
): Promise<ScenarioEstimate> {
  const inputs = resolveScenario(scenario);
  const estimate = await estimateReachWithPauses(inputs, pause);
  return { inputs, estimate, record: estimateRecord(scenario, estimate, CATALOGUE_VERSION) };
}
