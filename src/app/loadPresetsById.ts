import type { Scenario } from '../scenario/scenario';

/** The preset a link without a known preset falls back to, and the one the page opens on. */
export const DEFAULT_PRESET_ID = 'scope-ladder';

/**
 * Only the named presets (plus the default, which links fall back to), each downloaded on its own:
 * for the embed, which shows one scenario and should not carry the others. A preset's file is
 * named for its id (`scenarios/<id>.json`, checked with the rest of each preset when the app is
 * built); an unknown id is skipped, and the link decoder then reports it as it would any unknown
 * preset.
 *
 * @param ids preset ids, e.g. from a link's `p` field; null and duplicates are ignored
 * @returns the presets found, the default first
 */
export async function loadPresetsById(
  ids: readonly (string | null)[],
  files: Record<string, () => Promise<unknown>> = import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json'], {
    import: 'default',
  }),
): Promise<Scenario[]> {
  const wanted = [...new Set([DEFAULT_PRESET_ID, ...ids])].filter((id): id is string => id !== null);
  // Downloaded in parallel; the default stays first, as the link decoder expects.
  const loaded = await Promise.all(wanted.map((id) => files[`/scenarios/${id}.json`]?.()));
  return loaded.filter((data) => data !== undefined) as Scenario[];
}
