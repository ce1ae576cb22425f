/**
 * The WCAG 2 contrast ratio between two sRGB colours, from 1 (same) to 21 (black on white).
 * Text needs 4.5 or more on its background, marks that carry meaning 3 or more (WCAG 1.4.3, 1.4.11).
 *
 * @param foreground `#rrggbb`
 * @param background `#rrggbb`
 * @throws {Error} when a colour is not `#rrggbb`
 * @example contrastRatio('#000000', '#ffffff') // => 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((channel) => {
    const c = parseInt(channel, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
