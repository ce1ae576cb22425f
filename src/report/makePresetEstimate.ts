import { CATALOGUE_VERSION } from '../data/catalogue';
import type { ReachEstimate, ReachSummary } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import { drawsRatio } from '../model/pairedRatio';
import type { Scenario } from '../scenario/scenario';
import { describeFinding } from './describeFinding';
import { estimateScenario } from './estimateScenario';
import { ratioKey, type PresetEstimate } from './presetEstimate';

/** An estimate without its draws (the numbers are the same objects). */
export function withoutDraws(estimate: ReachEstimate): ReachSummary {
  return { ...estimate, scopes: estimate.scopes.map(({ draws: _draws, ...scope }) => scope) };
}

/**
 * A preset's shipped numbers: the model run on it as the pages would (`estimateScenario`), and
 * the ratios its finding asks for, recorded as `describeFinding` asks.
 */
export function makePresetEstimate(preset: Scenario): PresetEstimate {
  const { estimate, record } = estimateScenario(preset);
  const ratios: Record<string, Interval> = {};
  const ratioOf = drawsRatio(estimate);
  describeFinding(
    record.results,
    (focus, base) => {
      const ratio = ratioOf(focus, base);
      if (ratio) ratios[ratioKey(focus, base)] = ratio;
      return ratio;
    },
    preset.id,
  );
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
