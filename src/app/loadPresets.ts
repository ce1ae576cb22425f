import type { Scenario } from '../scenario/scenario';

/** Order of the picker: the ladder first, since the page opens on it. */
const ORDER = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];

/**
 * The preset scenarios in `scenarios/`, bundled at build time, in picker order. They are used as
 * they are: the build stops on a preset the parser would reject or change (vite.config.ts), so the
 * page need not ship the parser to check them.
 */
export function loadPresets(
  // claims.json lives beside the presets but is a list of quoted claims, not a scenario.
  files: Record<string, unknown> = import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json'], {
    eager: true,
    import: 'default',
  }),
): Scenario[] {
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return (Object.values(files) as Scenario[]).sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title));
}
