import type { Scenario } from '../scenario/scenario';
// The default preset ships with the page: most readers see it first, and a link that names a
// preset this version lacks falls back to it. The others are downloaded when needed.
import defaultPreset from '../../scenarios/scope-ladder.json';

const DEFAULT_PRESET = defaultPreset as Scenario;

/**
 * The default preset and the named ones, each other preset downloaded on its own: the page and
 * the embed show one scenario and should not carry the others. A preset's file is named for its
 * id (`scenarios/<id>.json`, checked with the rest of each preset when the app is built); an
 * unknown id is skipped, and the link decoder then reports it as it would any unknown preset.
 *
 * @param ids preset ids, e.g. from a link's `p` field; null and duplicates are ignored
 * @returns the presets found, the default first
 */
export async function loadPresetsById(
  ids: readonly (string | null)[],
  files: Record<string, () => Promise<unknown>> = import.meta.glob(
    ['/scenarios/*.json', '!/scenarios/claims.json', '!/scenarios/scope-ladder.json'],
    { import: 'default' },
  ),
): Promise<Scenario[]> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null && id !== DEFAULT_PRESET.id);
  // Downloaded in parallel; the default stays first, as the link decoder expects.
  const loaded = await Promise.all(wanted.map((id) => files[`/scenarios/${id}.json`]?.()));
  return [DEFAULT_PRESET, ...(loaded.filter((data) => data !== undefined) as Scenario[])];
}
