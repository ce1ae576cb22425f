import { describe, expect, it } from 'vitest';
import { appManifest, iconPng, ICON_SIZES_PX } from '../../build/appManifest';

describe('appManifest', () => {
  it('names the app, opens its own page standalone, and lists an icon at each size browsers ask for', () => {
    const manifest = JSON.parse(appManifest()) as Record<string, unknown> & { icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: 'Sanction Scope', start_url: './', display: 'standalone' });
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
      ['./icon-192.png', '192x192'],
      ['./icon-512.png', '512x512'],
    ]);
  });

  it.each(ICON_SIZES_PX)('draws the icon as a %i px square PNG', (size) => {
    const png = iconPng(size);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
