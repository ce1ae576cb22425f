import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { estimateReach } from '../../src/model/estimateReach';
import { estimateRecord, type ScopeRecord } from '../../src/report/estimateRecord';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

/** The scope ladder's seven scopes, estimated as the app does (seeded, so always the same). */
export function ladderResults(): ScopeRecord[] {
  const scenario = loadPreset('scope-ladder.json');
  return estimateRecord(scenario, estimateReach(resolveScenario(scenario)), CATALOGUE_VERSION).results;
}

/**
 * jsdom has no ResizeObserver, which Svelte's `bind:clientWidth` uses; this one never reports, so
 * the charts keep their fallback width, as before a browser's first measurement.
 */
export class SilentResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
