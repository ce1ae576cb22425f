import { DEFAULT_REFERENCE_IDS } from '../data/referenceLines';
import { scratchScenario } from '../scenario/newScope';
import type { Scenario } from '../scenario/scenario';
import type { LinkState } from './linkState';

/** The scenario a link's scopes are written against: the preset, or the "from scratch" one. */
export function originScenario(presetId: string | null, presets: readonly Scenario[]): Scenario {
  return presets.find((p) => p.id === presetId) ?? scratchScenario();
}

/** The page a link to a preset opens before any of its changes: the preset, seen the default way. */
export function presetLinkState(presetId: string | null, presets: readonly Scenario[]): LinkState {
  return {
    scenario: structuredClone(originScenario(presetId, presets)),
    presetId,
    view: 'reach',
    shareBasis: 'population',
    shownReferenceIds: [...DEFAULT_REFERENCE_IDS],
    showClaims: true,
  };
}
