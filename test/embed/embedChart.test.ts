import { describe, expect, it } from 'vitest';
import { embedChart } from '../../src/embed/embedChart';
import { decodeLink } from '../../src/link/decodeLink';
import { makePresetEstimate } from '../../src/report/makePresetEstimate';
import type { PresetEstimate } from '../../src/report/presetEstimate';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presets = PRESET_FILES.map(loadPreset);
const pause = async () => {};
/** The link that opens a preset as published: an empty one, with that preset first (the default). */
const asPublished = (id: string) => {
  const first = presets.filter((preset) => preset.id === id);
  return decodeLink('', [...first, ...presets.filter((preset) => preset.id !== id)]);
};

describe('embedChart', () => {
  it.each(presets.map((preset) => [preset.id] as const))(
    '%s as published: drawn from its shipped numbers, the same as the model’s to the last digit',
    async (id) => {
      const decoded = await asPublished(id);
      expect(decoded.state.presetId).toBe(id);
      const shipped = makePresetEstimate(presets.find((preset) => preset.id === id)!);
      expect(await embedChart(decoded, presets, pause, shipped)).toEqual(await embedChart(decoded, presets, pause));
    },
  );

  it('uses shipped numbers only when they are this preset’s, on this catalogue', async () => {
    const ladder = presets.find((preset) => preset.id === 'scope-ladder')!;
    // A number no model would give: where the shipped numbers are used, the chart shows it.
    const made = makePresetEstimate(ladder);
    const [first, ...rest] = made.summary.scopes;
    const shipped: PresetEstimate = {
      ...made,
      summary: {
        ...made.summary,
        scopes: [{ ...first!, peopleReached: { median: 12345, p05: 12345, p95: 12345 } }, ...rest],
      },
    };
    const firstReach = async (estimate: PresetEstimate) =>
      (await embedChart(await asPublished('scope-ladder'), presets, pause, estimate)).record.results[0]!.reach.median;
    expect(await firstReach(shipped)).toBe(12345);
    // Another catalogue's numbers, or another preset's, are not these: the model runs instead.
    expect(await firstReach({ ...shipped, catalogueVersion: '2020-01-01' })).toBe(4);
    expect(await firstReach({ ...shipped, presetId: 'stop-ccp-act' })).toBe(4);
    // A scenario that differs from the preset anywhere is not drawn from its numbers, even where
    // the provenance calls it the preset (a range's rationale is not a change it lists).
    const decoded = await asPublished('scope-ladder');
    const [scope, ...others] = decoded.state.scenario.scopes;
    const reworded = {
      ...decoded,
      state: {
        ...decoded.state,
        scenario: {
          ...decoded.state.scenario,
          scopes: [{ ...scope!, conductShare: { ...scope!.conductShare, rationale: 'Reworded.' } }, ...others],
        },
      },
    };
    const chart = await embedChart(reworded, presets, pause, shipped);
    expect(chart.provenance.kind).toBe('preset');
    expect(chart.record.results[0]!.reach.median).toBe(4);
  });
});
