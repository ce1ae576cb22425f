import { CATALOGUE_VERSION } from '../data/catalogue';
import type { ReachEstimate, ReachSummary } from '../model/estimateReach';
import { findingRatios } from '../model/pairedRatio';
import type { Scenario } from '../scenario/scenario';
import { FINDING_FOCUS } from './describeFinding';
import { estimateScenario } from './estimateScenario';
import type { PresetEstimate } from './presetEstimate';

/** An estimate without its draws (the numbers are the same objects). */
export function withoutDraws(estimate: ReachEstimate): ReachSummary {
  return { ...estimate, scopes: estimate.scopes.map(({ draws: _draws, ...scope }) => scope) };
}

/**
 * A preset's shipped numbers: the model run on it as the pages would (`estimateScenario`), and
 * the ratio its finding states (`findingRatios`, as the worker makes it).
 */
export function makePresetEstimate(preset: Scenario): PresetEstimate {
  const { estimate } = estimateScenario(preset);
  const ratios = findingRatios(estimate, FINDING_FOCUS[preset.id]);
  return { presetId: preset.id, catalogueVersion: CATALOGUE_VERSION, summary: withoutDraws(estimate), ratios };
}

/**
 * The module the build ships for a preset's numbers (`virtual:preset-estimate/<id>`, see
 * vite.config.ts): JSON, which keeps every digit of a double. A test reads it back and checks it
 * against the model.
 */
export function presetEstimateModule(preset: Scenario): string {
  return `export default ${JSON.stringify(makePresetEstimate(preset))};`;
}
