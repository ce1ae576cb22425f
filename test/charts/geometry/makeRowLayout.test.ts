import { describe, expect, it } from 'vitest';
import { makeRowLayout } from '../../../src/charts/geometry/makeRowLayout';

describe('makeRowLayout', () => {
  it.each([
    // width, stacked, plotLeft, plotWidth, nameWidth, nameX
    [1280, false, 266, 1002, 240, -254], // name column capped at 240 px
    [800, false, 226, 562, 200, -214], // name column a quarter of the width
    [560, false, 176, 372, 150, -164], // name column at its 150 px floor
    [559, true, 12, 535, 535, 0], // narrower: names on their own line
    [360, true, 12, 336, 336, 0],
    [200, true, 12, 256, 256, 0], // laid out at the 280 px minimum, then scaled down
  ])(
    'at %d px: stacked %s, plot from %d px, %d px wide',
    (width, stacked, plotLeftPx, plotWidthPx, nameWidthPx, nameXPx) => {
      expect(makeRowLayout(width)).toMatchObject({ stacked, plotLeftPx, plotWidthPx, nameWidthPx, nameXPx });
    },
  );

  it('lays out a width that is not a number at the minimum', () => {
    expect(makeRowLayout(Number.NaN).widthPx).toBe(280);
  });
});
