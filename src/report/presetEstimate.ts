import { CATALOGUE_VERSION } from '../data/catalogue';
import type { ReachEstimate, ReachSummary } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import { drawsRatio } from '../model/pairedRatio';
import type { Scenario } from '../scenario/scenario';
import { describeFinding } from './describeFinding';
import { estimateScenario } from './estimateScenario';

/**
 * A preset's numbers as the page ships them, made when the app is built: the estimate without
 * its draws, and the paired-draw ratio its finding states. With them the page draws a preset's
 * chart and finding without running the model, and a reader who only looks never downloads it.
 */
export interface PresetEstimate {
  presetId: string;
  /** The figures catalogue the numbers were made with: they stand only for this one. */
  catalogueVersion: string;
  summary: ReachSummary;
  /** The ratios the finding reads (`describeFinding`), by "focus,base" scope index. */
  ratios: Record<string, Interval>;
}

/** An estimate without its draws (the numbers are the same objects). */
export function withoutDraws(estimate: ReachEstimate): ReachSummary {
  return { ...estimate, scopes: estimate.scopes.map(({ draws: _draws, ...scope }) => scope) };
}

/**
 * A preset's shipped numbers: the model run on it as the page would (`estimateScenario`), and the
 * ratios its finding asks for, recorded as `describeFinding` asks. The build writes this as JSON;
 * a test checks that what ships equals the model's numbers to the last digit.
 */
export function presetEstimate(preset: Scenario): PresetEstimate {
  const { estimate, record } = estimateScenario(preset);
  const ratios: Record<string, Interval> = {};
  const ratioOf = drawsRatio(estimate);
  describeFinding(
    record.results,
    (focus, base) => {
      const ratio = ratioOf(focus, base);
      if (ratio) ratios[`${focus},${base}`] = ratio;
      return ratio;
    },
    preset.id,
  );
  return { presetId: preset.id, catalogueVersion: CATALOGUE_VERSION, summary: withoutDraws(estimate), ratios };
}

/** The module the build ships for a preset's numbers (`virtual:preset-estimate/<id>`): JSON, which keeps every digit. */
export function presetEstimateModule(preset: Scenario): string {
  return `export default ${JSON.stringify(presetEstimate(preset))};`;
}
