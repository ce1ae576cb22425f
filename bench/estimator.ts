/**
 * Benchmark: time to estimate the scope ladder at 10,000 draws, in Node, on the code as shipped.
 *
 * The model is bundled with Vite first (as the app ships it) because running the TypeScript
 * sources through a loader adds per-import overhead that no reader's browser pays. Prints figures;
 * it passes or fails nothing (timings are not unit tests).
 *
 * Usage: npm run bench [-- --runs N]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
const runs = Math.max(5, Number(values.runs) || 50);
const root = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'sanction-scope-bench-'));

try {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: { bench: join(root, 'bench/estimatorEntry.ts') }, formats: ['es'] },
    },
  });
  const entry = (await import(pathToFileURL(join(outDir, 'bench.js')).href)) as typeof import('./estimatorEntry');
  const json = readFileSync(join(root, 'scenarios/scope-ladder.json'), 'utf8');
  const inputs = entry.ladderInputs(json, 10_000);

  // Warm up the JIT as a page would be after its first estimate, then time each run.
  for (let i = 0; i < 5; i++) entry.estimateReach(inputs);
  const timesMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    entry.estimateReach(inputs);
    timesMs.push(performance.now() - start);
  }
  timesMs.sort((a, b) => a - b);
  const at = (q: number) => timesMs[Math.min(timesMs.length - 1, Math.floor(q * timesMs.length))]!;
  console.log(
    `Estimator: scope ladder (${inputs.scopes.length} scopes), 10,000 draws, ${runs} runs, Node ${process.version}`,
  );
  console.log(
    `  median ${at(0.5).toFixed(2)} ms   min ${timesMs[0]!.toFixed(2)} ms   p90 ${at(0.9).toFixed(2)} ms   max ${timesMs.at(-1)!.toFixed(2)} ms`,
  );
  console.log(`  budget: median under 16 ms (one animation frame): ${at(0.5) < 16 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
