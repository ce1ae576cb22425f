import { describe, expect, it } from 'vitest';
import { FALLBACK_WIDTH_PX, layoutWidth } from '../../../src/charts/geometry/layoutWidth';

describe('layoutWidth', () => {
  it.each([
    ['a width asked for wins', 500, 320, 500],
    ['asked for, before any measurement', 500, undefined, 500],
    ['the measured width', undefined, 320, 320],
    ['the fallback where measuring gives 0', undefined, 0, FALLBACK_WIDTH_PX],
    ['nothing before the first measurement', undefined, undefined, undefined],
  ] as const)('%s', (_name, asked, measured, width) => {
    expect(layoutWidth(asked, measured)).toBe(width);
  });
});
