import { svelte } from '@sveltejs/vite-plugin-svelte';
import { join } from 'node:path';
import { build } from 'vite';
import { bundleAliases } from '../build/bundleTricks';
import { measurePage, type PageBytes } from './measureBundle';

/**
 * Builds the floor page (bench/floor/: a bare Svelte 5 and d3-scale log chart of the ladder) the
 * way the app is built, into `outDir` (a folder the bench's server serves), and measures its JS.
 *
 * @param root the repository
 * @param outDir where the page goes, e.g. dist/bench-floor
 */
export async function buildFloor(root: string, outDir: string): Promise<PageBytes> {
  await build({
    configFile: false,
    root: join(root, 'bench/floor'),
    base: './',
    logLevel: 'error',
    plugins: [svelte({ compilerOptions: { discloseVersion: false } })],
    resolve: { alias: bundleAliases('app') },
    build: { outDir, emptyOutDir: true, manifest: true, modulePreload: { polyfill: false } },
  });
  return measurePage(outDir, '.vite/manifest.json', 'index.html');
}
