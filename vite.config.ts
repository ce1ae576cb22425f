/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  // Relative asset URLs so the build works from any static host and any sub-path.
  base: './',
  plugins: [svelte(), svelteTesting()],
  build: {
    // Two pages: the app, and the light embed that loads only a chart (no editor, no dialogs).
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    // Component tests opt in to jsdom with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    setupFiles: ['./vitest-setup.ts'],
  },
});
