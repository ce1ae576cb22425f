import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { DEFAULT_REFERENCE_IDS } from '../../src/data/referenceLines';
import type { LinkState } from '../../src/link/linkState';
import { estimateReach } from '../../src/model/estimateReach';
import { estimateRecord } from '../../src/report/estimateRecord';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from './presets';

/** A preset's link state as the page opens it, at 400 draws (quick, and enough to compare). */
export const presetLinkState = (file: string): LinkState => ({
  scenario: { ...loadPreset(file), samples: 400 },
  presetId: file.replace('.json', ''),
  view: 'reach',
  shareBasis: 'population',
  shownReferenceIds: [...DEFAULT_REFERENCE_IDS],
  showClaims: true,
});

/** A link state's results, estimated. */
export const linkResults = (s: LinkState) =>
  estimateRecord(s.scenario, estimateReach(resolveScenario(s.scenario)), CATALOGUE_VERSION).results;
