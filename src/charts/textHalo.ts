import { PALETTE } from './palette';

/**
 * A paper-coloured outline drawn behind chart text (SVG presentation attributes on a `<text>`), so
 * gridlines and reference lines that pass under a label do not cut through its letters. Attributes
 * rather than CSS, so a serialised or server-rendered chart keeps it in any SVG viewer. Written out
 * attribute by attribute, not spread: a spread makes Svelte ship its general attribute code.
 */
export const TEXT_HALO = {
  paintOrder: 'stroke',
  stroke: PALETTE.paper,
  /** px (user units); half of it shows outside each glyph. */
  strokeWidthPx: 3,
  strokeLinejoin: 'round',
} as const;
