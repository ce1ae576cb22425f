import type { Problem } from '../scenario/problem';
import { parseScenario } from '../scenario/parseScenario';
import type { Scenario } from '../scenario/scenario';

/** A preset file that failed validation: shown to the reader instead of silently dropped. */
export interface BrokenPreset {
  file: string;
  problems: Problem[];
}

export interface Presets {
  scenarios: Scenario[];
  broken: BrokenPreset[];
}

/** Order of the picker: the ladder first, since the page opens on it. */
const ORDER = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];

/**
 * The preset scenarios in `scenarios/`, bundled at build time and validated with the same parser
 * as files and links.
 */
export function loadPresets(
  // claims.json lives beside the presets but is a list of quoted claims, not a scenario.
  files: Record<string, unknown> = import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json'], {
    eager: true,
    import: 'default',
  }),
): Presets {
  const scenarios: Scenario[] = [];
  const broken: BrokenPreset[] = [];
  for (const [path, data] of Object.entries(files)) {
    const result = parseScenario(data);
    if (result.ok) scenarios.push(result.value);
    else broken.push({ file: path.split('/').pop() ?? path, problems: result.problems });
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  scenarios.sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title));
  return { scenarios, broken };
}
