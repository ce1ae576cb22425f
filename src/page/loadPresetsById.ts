import type { Scenario } from '../scenario/scenario';

/** The preset the page opens on, and the one a link naming an unknown preset falls back to. */
export const DEFAULT_PRESET_ID = 'scope-ladder';

/**
 * The default preset and the named ones: the ones a page ships with, the rest downloaded, each
 * on its own, so a page showing one scenario does not carry the others. A preset's file is named
 * for its id (`scenarios/<id>.json`, checked with the rest of each preset when the app is built);
 * an unknown id is skipped, and the link decoder then reports it as it would any unknown preset.
 *
 * @param ids preset ids, e.g. from a link's `p` field; null and duplicates are ignored
 * @param files the downloadable presets by path: `import.meta.glob` over `scenarios/`, written
 *   where it is used, since its pattern must leave out the presets the page ships with
 * @param bundled the presets the page ships with
 * @returns the presets found, the default first
 */
export async function loadPresetsById(
  ids: readonly (string | null)[],
  files: Record<string, () => Promise<unknown>>,
  bundled: readonly Scenario[] = [],
): Promise<Scenario[]> {
  const wanted = [...new Set([DEFAULT_PRESET_ID, ...ids])].filter(
    (id): id is string => id !== null && !bundled.some((preset) => preset.id === id),
  );
  // Downloaded in parallel.
  const loaded = await Promise.all(wanted.map((id) => files[`/scenarios/${id}.json`]?.()));
  const presets = [...bundled, ...(loaded.filter((data) => data !== undefined) as Scenario[])];
  // The default first, as the link decoder expects.
  return presets.sort((a, b) => Number(b.id === DEFAULT_PRESET_ID) - Number(a.id === DEFAULT_PRESET_ID));
}
