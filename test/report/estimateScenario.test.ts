import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import type { CatalogueEdition } from '../../src/data/catalogueHistory';
import { estimateReach } from '../../src/model/estimateReach';
import { estimateRecord } from '../../src/report/estimateRecord';
import { estimateScenario, estimateScenarioWithPauses } from '../../src/report/estimateScenario';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

describe('estimateScenario', () => {
  const ladder = loadPreset('scope-ladder.json');

  it('resolves, estimates and records, as the three steps do by hand', () => {
    const { inputs, estimate, record } = estimateScenario(ladder);
    expect(inputs).toEqual(resolveScenario(ladder));
    expect(record).toEqual(estimateRecord(ladder, estimateReach(resolveScenario(ladder)), CATALOGUE_VERSION));
    expect(record.results.map((result) => result.reach.median)).toEqual(
      estimate.scopes.map((scope) => scope.peopleReached.median),
    );
  });

  it('records an older edition of the catalogue when given one', () => {
    // An edition with no figures changed: the numbers are today's, the record names its version.
    const edition: CatalogueEdition = { version: '2025-01-01', figureValues: {}, assumptionRanges: {} };
    const { inputs, record } = estimateScenario(ladder, edition);
    expect(inputs).toEqual(resolveScenario(ladder, edition));
    expect(record.scenario.catalogueVersion).toBe(edition.version);
  });

  it('runs the estimator it is given, once', () => {
    let runs = 0;
    estimateScenario(ladder, undefined, (inputs) => {
      runs++;
      return estimateReach(inputs);
    });
    expect(runs).toBe(1);
  });

  it('gives the same numbers to the bit in slices', async () => {
    const sliced = await estimateScenarioWithPauses(ladder, async () => {});
    expect(sliced.record).toEqual(estimateScenario(ladder).record);
  });
});
