import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { CATALOGUE_HISTORY, catalogueEdition, type CatalogueEdition } from '../../src/data/catalogueHistory';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

// A made-up history: three older catalogues, each recording the values the next one changed.
const HISTORY: CatalogueEdition[] = [
  { version: '2025-01-01', figureValues: { 'party-members-2019': 91_000_000 }, assumptionRanges: {} },
  {
    version: '2025-06-01',
    figureValues: { 'party-members-2019': 91_500_000, 'china-population-2019': 1_395_000_000 },
    assumptionRanges: { familyClusteringOddsRatio: { low: 1, mode: 2, high: 3 } },
  },
  { version: '2026-01-01', figureValues: { 'cc20-full': 204 }, assumptionRanges: {} },
];

describe('catalogueEdition', () => {
  it('is empty for the current catalogue and unknown for a version never recorded', () => {
    expect(catalogueEdition(CATALOGUE_VERSION)).toEqual({
      version: CATALOGUE_VERSION,
      figureValues: {},
      assumptionRanges: {},
    });
    expect(catalogueEdition('2024-01-01', HISTORY)).toBeUndefined();
    expect(CATALOGUE_HISTORY).toEqual([]);
  });

  it('gives each old version the values it had, the oldest recording winning', () => {
    expect(catalogueEdition('2025-01-01', HISTORY)!.figureValues).toEqual({
      'party-members-2019': 91_000_000,
      'china-population-2019': 1_395_000_000,
      'cc20-full': 204,
    });
    expect(catalogueEdition('2026-01-01', HISTORY)!.figureValues).toEqual({ 'cc20-full': 204 });
  });

  it('makes resolveScenario use the old figures and default ranges', () => {
    const scenario = loadPreset('visa-rule-2020.json');
    const edition = catalogueEdition('2025-06-01', HISTORY)!;
    const [then] = resolveScenario(scenario, edition).scopes;
    const [now] = resolveScenario(scenario).scopes;
    expect(then!.basePeople.mode).toBe(91_500_000);
    expect(now!.basePeople.mode).toBe(91_914_000);
    expect(then!.population).toBe(1_395_000_000);
    expect(resolveScenario(scenario, edition).demographic.familyClusteringOddsRatio).toEqual({
      low: 1,
      mode: 2,
      high: 3,
    });
  });
});
