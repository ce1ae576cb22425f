/**
 * The app's web app manifest and its icons, so a reader can install the page and open it like an
 * app (with the service worker, `build/serviceWorker.ts`, it then opens without a network). The
 * icon is drawn here as an SVG (three dots climbing a log scale, the chart's own mark) and
 * rasterised at the two sizes browsers ask for, with resvg, as the preview cards are.
 */
import { Resvg } from '@resvg/resvg-js';

/** The manifest's file name, beside the pages. */
export const MANIFEST_FILE = 'manifest.webmanifest';
/** The icon's sizes, px: what Chromium asks of an installable page. */
export const ICON_SIZES_PX = [192, 512] as const;
/** The page's accent (`--accent` in `src/page/global.css`), for the icon and the browser's frame. */
const ACCENT = '#1f5f99';

/** The icon, 512 px square: a pale tile, a baseline, and three dots climbing to the right. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="#eef3f8"/>
  <line x1="96" y1="400" x2="416" y2="400" stroke="#56606c" stroke-width="16" stroke-linecap="round"/>
  <circle cx="136" cy="328" r="36" fill="${ACCENT}"/>
  <circle cx="256" cy="240" r="36" fill="${ACCENT}"/>
  <circle cx="376" cy="136" r="36" fill="${ACCENT}"/>
</svg>`;

/** The manifest: the app's name, its page (the folder's address), standalone, and its icons. */
export function appManifest(): string {
  return JSON.stringify(
    {
      name: 'Sanction Scope',
      short_name: 'Sanction Scope',
      description: 'How many people does a sanction scope actually reach?',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: ACCENT,
      icons: ICON_SIZES_PX.map((size) => ({ src: `./icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
    },
    null,
    2,
  );
}

/** The icon as a PNG `sizePx` square. */
export function iconPng(sizePx: number): Buffer {
  return new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: sizePx } }).render().asPng();
}

/** The files this writes, relative to the build's folder. */
export const APP_MANIFEST_FILES = [MANIFEST_FILE, ...ICON_SIZES_PX.map((size) => `icon-${size}.png`)];
