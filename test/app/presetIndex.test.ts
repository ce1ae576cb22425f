import { describe, expect, it } from 'vitest';
import { inPickerOrder, presetIndex } from '../../src/app/presetIndex';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

describe('presetIndex', () => {
  it('lists every preset file by id and title, ladder first, without bundling the presets', () => {
    const index = presetIndex();
    const presets = PRESET_FILES.map(loadPreset);
    expect(index.map((e) => e.id).sort()).toEqual(presets.map((p) => p.id).sort());
    for (const entry of index) expect(entry.title).toBe(presets.find((p) => p.id === entry.id)!.title);
    expect(index[0]!.id).toBe('scope-ladder');
  });

  it('puts presets it has no rank for after the ranked ones, by title', () => {
    const order = inPickerOrder([
      { id: 'zeta', title: 'Zeta' },
      { id: 'alpha', title: 'Alpha' },
      { id: 'magnitsky-2020', title: 'M' },
      { id: 'scope-ladder', title: 'L' },
    ]);
    expect(order.map((e) => e.id)).toEqual(['scope-ladder', 'magnitsky-2020', 'alpha', 'zeta']);
  });
});
