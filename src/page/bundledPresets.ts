import { loadPresetEstimates } from './loadPresetEstimates';
import { loadPresetsById } from './loadPresetsById';
import type { Scenario } from '../scenario/scenario';
import type { PresetEstimate } from '../report/presetEstimate';
import defaultPreset from '../../scenarios/scope-ladder.json';
import defaultEstimate from 'virtual:preset-estimate/scope-ladder';
// The bundled preset's numbers are imported above: a loader for them would be a second copy.
import estimateLoaders from 'virtual:preset-estimates?except=scope-ladder';

// The default preset ships with the page: most readers see it first, and waiting for it would
// delay the first chart by a round trip. The others download when a link or the reader asks.
const BUNDLED = [defaultPreset as Scenario];

/**
 * Each preset's numbers made when the app was built, by preset id: a preset is drawn without
 * running the model. Holds the default preset's from the start; the others' arrive with them.
 */
export const SHIPPED_ESTIMATES = new Map<string, PresetEstimate>(
  defaultEstimate ? [[defaultEstimate.presetId, defaultEstimate]] : [],
);

/**
 * The presets with these ids (a null id, the default), each with its shipped numbers: the default
 * one is in the page's bundle, the others are downloaded. The page and its build-time render
 * (`renderStaticPage`) open a scenario through this one function.
 */
export async function fetchPresets(ids: readonly (string | null)[]): Promise<readonly Scenario[]> {
  const [presets] = await Promise.all([
    loadPresetsById(
      ids,
      import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json', '!/scenarios/scope-ladder.json'], {
        import: 'default',
      }),
      BUNDLED,
    ),
    loadPresetEstimates(ids, estimateLoaders, SHIPPED_ESTIMATES),
  ]);
  return presets;
}
