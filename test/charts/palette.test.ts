import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../helpers/contrastRatio';
import { OKABE_ITO, PALETTE } from '../../src/charts/palette';

/** Colours used for text. */
const TEXT_COLOURS = ['ink', 'muted', 'referenceText'] as const;

/** Colours of marks that carry meaning (WCAG 1.4.11 asks 3:1 for them). */
const MARK_COLOURS = ['core', 'share', 'interval', 'reference', 'claim'] as const;

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0072b2', '#ffffff', 5.19],
  ])('contrastRatio(%s, %s) is %d', (foreground, background, expected) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(expected, 2);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#ffffff', '#0072b2')).toBe(contrastRatio('#0072b2', '#ffffff'));
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(() => contrastRatio('blue', '#ffffff')).toThrow(/not a #rrggbb colour: blue/);
  });
});

describe('PALETTE', () => {
  it.each(TEXT_COLOURS)('text colour %s has at least 4.5:1 on paper', (role) => {
    expect(contrastRatio(PALETTE[role], PALETTE.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARK_COLOURS)('mark colour %s has at least 3:1 on paper', (role) => {
    expect(contrastRatio(PALETTE[role], PALETTE.paper)).toBeGreaterThanOrEqual(3);
  });

  it('takes its data colours from the Okabe–Ito set', () => {
    const okabeIto: string[] = Object.values(OKABE_ITO);
    for (const role of ['core', 'share', 'reference'] as const) expect(okabeIto).toContain(PALETTE[role]);
  });
});
