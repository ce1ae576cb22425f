import type { Scenario } from '../scenario/scenario';
import { inPickerOrder } from './presetIndex';

/**
 * Every preset scenario in `scenarios/`, bundled, in picker order: for what needs them all (the
 * claims check, the galleries, tests). The page itself downloads presets one by one
 * (`loadPresetsById`). They are used as they are: the build stops on a preset the parser would
 * reject or change (vite.config.ts), so the page need not ship the parser to check them.
 */
export function loadPresets(
  // claims.json lives beside the presets but is a list of quoted claims, not a scenario.
  files: Record<string, unknown> = import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json'], {
    eager: true,
    import: 'default',
  }),
): Scenario[] {
  return inPickerOrder(Object.values(files) as Scenario[]);
}
