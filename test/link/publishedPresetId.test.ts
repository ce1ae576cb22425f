import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/link/encodeLink';
import type { LinkState } from '../../src/link/linkState';
import { publishedPresetId } from '../../src/link/publishedPresetId';
import { PRESETS } from '../helpers/linkArbitraries';

const published = (presetId: string): LinkState => ({
  scenario: structuredClone(PRESETS.find((preset) => preset.id === presetId)!),
  presetId,
  view: 'reach',
  shareBasis: 'population',
  // The anchors shown by default.
  shownReferenceIds: ['china', 'us-population-2024', 'hong-kong-population-2024', 'people-designated'],
  showClaims: true,
});

describe('publishedPresetId', () => {
  it.each(PRESETS.map((preset) => preset.id))('names %s in the link to it as published', (presetId) => {
    expect(publishedPresetId(encodeLink(published(presetId), PRESETS))).toBe(presetId);
  });

  const changes: [string, (state: LinkState) => void][] = [
    ['an assumption', (state) => (state.scenario.scopes[0]!.label = 'Renamed')],
    ['the seed', (state) => (state.scenario.seed += 1)],
    ['the view', (state) => (state.view = 'share')],
    ['the reference lines', (state) => state.shownReferenceIds.pop()],
    ['the claims hidden', (state) => (state.showClaims = false)],
  ];
  it.each(changes)('is null once %s changes', (_, change) => {
    const state = published('stop-ccp-act');
    change(state);
    expect(publishedPresetId(encodeLink(state, PRESETS))).toBeNull();
  });

  it('is null for figures other than the current ones, and for a hand-made link', () => {
    expect(publishedPresetId(encodeLink(published('stop-ccp-act'), PRESETS, '2025-01-01'))).toBeNull();
    expect(publishedPresetId('p=stop-ccp-act')).toBeNull();
    expect(publishedPresetId('')).toBeNull();
  });
});
