#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { readInputFile } from './readInputFile';
import { runEstimate } from './runEstimate';

// The thin edge between the process and `runEstimate`, which holds the logic and the tests.
const outcome = runEstimate(process.argv.slice(2), readInputFile);
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
