import { describe, expect, it } from 'vitest';
import { fittedLayoutWidth } from '../../../src/charts/geometry/placeChartFile';

describe('fittedLayoutWidth', () => {
  // Content whose height is a fixed head and foot plus rows that grow as the width shrinks.
  const content = (fixedPx: number, areaPx2: number) => (widthPx: number) => fixedPx + areaPx2 / widthPx;

  it.each([
    ['content that fills the card at its width: its width', 1200, 630, content(600, 36_000), 1200],
    ['content short of the card: laid out narrower, to fill it', 1200, 630, content(300, 60_000), 729],
    ['content that would fit at half the width: half, no more', 1200, 630, content(50, 10_000), 600],
    ['content too tall at any width: the full width', 1080, 1080, content(1200, 0), 1080],
  ])('%s', (_, widthPx, heightPx, heightAt, expected) => {
    const chosen = fittedLayoutWidth(widthPx, heightPx, heightAt);
    expect(chosen).toBeGreaterThanOrEqual(expected - 8);
    expect(chosen).toBeLessThanOrEqual(expected + 8);
    // What it chooses fits, unless nothing does.
    if (heightAt(widthPx) <= heightPx) expect(heightAt(chosen)).toBeLessThanOrEqual((chosen * heightPx) / widthPx);
  });
});
