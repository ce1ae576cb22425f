import type { PresetEstimate } from '../report/presetEstimate';

/** The build's loaders of presets' shipped numbers, by preset id (`virtual:preset-estimates`). */
export type PresetEstimateLoaders = Readonly<Record<string, () => Promise<{ default: PresetEstimate }>>>;

/**
 * Downloads the shipped numbers of presets into `into`, alongside the presets themselves. A
 * preset without them, or whose download fails, is simply left out: the model estimates it
 * instead, which costs time, never the page.
 *
 * @param ids preset ids (null for none), as a link names them
 * @param loaders the build's loaders
 * @param into the numbers at hand by preset id; those already there are not downloaded again
 */
export async function loadPresetEstimates(
  ids: readonly (string | null)[],
  loaders: PresetEstimateLoaders,
  into: Map<string, PresetEstimate>,
): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      if (id === null || into.has(id) || !Object.hasOwn(loaders, id)) return;
      await loaders[id]!().then(
        (module) => void into.set(id, module.default),
        () => undefined,
      );
    }),
  );
}
