import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScenarioJson } from '../../src/scenario/parseScenario';
import type { Scenario } from '../../src/scenario/scenario';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '../../scenarios');

/** Every preset file name in `scenarios/` (claims.json holds claims, not a scenario). */
export const PRESET_FILES = readdirSync(SCENARIOS_DIR).filter(
  (name) => name.endsWith('.json') && name !== 'claims.json',
);

/** A preset, parsed; fails the test if it does not validate. */
export function loadPreset(file: string): Scenario {
  const parsed = parseScenarioJson(readFileSync(join(SCENARIOS_DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}
