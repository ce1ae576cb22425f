import { PALETTE } from './palette';

/**
 * A paper-coloured outline drawn behind chart text (SVG presentation attributes, spread onto a
 * `<text>`), so gridlines and reference lines that pass under a label do not cut through its
 * letters. Attributes rather than CSS, so a serialised or server-rendered chart keeps it in any
 * SVG viewer. `stroke-width` is in px (user units); half of it shows outside each glyph.
 */
export const TEXT_HALO = {
  'paint-order': 'stroke',
  stroke: PALETTE.paper,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
} as const;
