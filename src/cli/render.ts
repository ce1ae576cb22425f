#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { readInputFile } from './readInputFile';
import { loadRenderMarkup, runRender } from './runRender';

// The thin edge between the process and `runRender`, which holds the logic and the tests;
// `loadRenderMarkup` says how the Svelte components are rendered on the server.
const outcome = await runRender(process.argv.slice(2), readInputFile, loadRenderMarkup);
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
