import type { ReachSummary } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import { ratioKey } from '../model/findingPair';

/**
 * A preset's numbers as the pages ship them, made when the app is built (`makePresetEstimate`):
 * the estimate without its draws, and the paired-draw ratios its finding states. With them a
 * page draws a preset's chart and finding without running the model, and a reader who only
 * looks never downloads it.
 */
export interface PresetEstimate {
  presetId: string;
  /** The figures catalogue the numbers were made with: they stand only for this one. */
  catalogueVersion: string;
  summary: ReachSummary;
  /** The ratios the finding reads (`describeFinding`), by `ratioKey`. */
  ratios: Record<string, Interval>;
}

export { ratioKey };

/** `describeFinding`'s `ratioOf`, read from a preset's shipped ratios. */
export function shippedRatio(estimate: PresetEstimate): (focus: number, base: number) => Interval | undefined {
  return (focus, base) => estimate.ratios[ratioKey(focus, base)];
}
