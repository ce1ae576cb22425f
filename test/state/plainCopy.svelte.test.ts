import fc from 'fast-check';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { plainCopy } from '../../src/state/plainCopy';
import { loadPreset } from '../helpers/presets';

describe('plainCopy', () => {
  it("copies a preset's scenario as $state.snapshot does, sharing nothing with it", () => {
    const scenario = $state(loadPreset('scope-ladder.json'));
    const copy = plainCopy(scenario);
    expect(copy).toEqual($state.snapshot(scenario));
    expect(copy.scopes[0]).not.toBe(scenario.scopes[0]);
    copy.scopes[0]!.label = 'changed';
    expect(scenario.scopes[0]!.label).not.toBe('changed');
  });

  it('gives what $state.snapshot gives for any JSON data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const state = $state({ data });
        expect(plainCopy(state)).toEqual($state.snapshot(state));
      }),
      { numRuns: 300 },
    );
  });

  it('is tracked field by field inside $derived', () => {
    const cleanup = $effect.root(() => {
      const scenario = $state(loadPreset('magnitsky-2020.json'));
      const copy = $derived(plainCopy(scenario));
      expect(copy.scopes[0]!.label).toBe(scenario.scopes[0]!.label);
      scenario.scopes[0]!.label = 'renamed';
      flushSync();
      expect(copy.scopes[0]!.label).toBe('renamed');
    });
    cleanup();
  });
});
