import { describe, expect, it } from 'vitest';
import { estimateReach } from '../../src/model/estimateReach';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

// A share link promises the same numbers to whoever opens it, so every preset's estimate is held
// to the digit: a change to the model's code that moves any number, even in the last bit, shows
// up here (the figures catalogue's version, recorded in links, covers changes to the data).
describe('every preset’s estimate, to the last digit', () => {
  it.each(PRESET_FILES)('%s', async (file) => {
    const estimate = estimateReach(resolveScenario(loadPreset(file)));
    const numbers = estimate.scopes.map(({ draws, ...summary }) => ({
      ...summary,
      firstDraws: Array.from(draws.peopleReached.subarray(0, 3)),
    }));
    await expect(JSON.stringify(numbers, null, 1)).toMatchFileSnapshot(
      `__snapshots__/presetEstimates/${file.replace(/\.json$/, '')}.json`,
    );
  });
});
