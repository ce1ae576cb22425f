#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import type { renderChartMarkup as RenderChartMarkup } from './renderChartMarkup';
import { runRender } from './runRender';

// Node cannot import .svelte files, so a Vite server (no HTTP, no HMR) compiles the chart
// components for the server and loads them; the logic lives in runRender.
const root = resolve(import.meta.dirname, '../..');
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  plugins: [svelte()],
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { renderChartMarkup } = (await vite.ssrLoadModule('/src/cli/renderChartMarkup.ts')) as {
    renderChartMarkup: typeof RenderChartMarkup;
  };
  const outcome = runRender(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), renderChartMarkup);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
  if (outcome.outFile !== undefined) {
    try {
      writeFileSync(outcome.outFile, outcome.output ?? '');
    } catch (error) {
      process.stderr.write(
        `${outcome.outFile}: cannot be written (${(error as { code?: string }).code ?? String(error)})\n`,
      );
      process.exitCode = 2;
    }
  }
} finally {
  await vite.close();
}
