/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// `npm run build` runs both builds; `--mode embed` selects the embed's.
const PAGES: Record<string, Record<string, string>> = {
  app: { main: 'index.html' },
  embed: { embed: 'embed.html' },
};

export default defineConfig(({ mode }) => ({
  // Relative asset URLs so the build works from any static host and any sub-path.
  base: './',
  // discloseVersion: no `window.__svelte` version stamp in the bundle.
  plugins: [svelte({ compilerOptions: { discloseVersion: false } }), svelteTesting()],
  resolve: {
    // Our scales map onto pixels only: a numbers-only interpolator spares every page d3-color
    // and the rest of d3-interpolate (see src/charts/numericInterpolate.ts).
    alias: [
      {
        find: /^d3-interpolate$/,
        replacement: fileURLToPath(new URL('./src/charts/numericInterpolate.ts', import.meta.url)),
      },
    ],
  },
  build: {
    // The app and the embed are built separately (`npm run build` runs both): in one build they
    // would share a chunk tree-shaken for the app, and the embed would download the editor's share
    // of Svelte and d3. The embed build adds its page to the app's output instead of replacing it.
    rollupOptions: { input: mode === 'embed' ? PAGES.embed : PAGES.app },
    emptyOutDir: mode !== 'embed',
    // The bench reads each page's entry and the chunks it imports from here.
    manifest: mode === 'embed' ? '.vite/embed-manifest.json' : '.vite/manifest.json',
  },
  test: {
    // Component tests opt in to jsdom with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    setupFiles: ['./vitest-setup.ts'],
    // Run d3-scale through Vite's resolver, so tests use the same numeric interpolator as the build.
    server: { deps: { inline: ['d3-scale'] } },
  },
}));
