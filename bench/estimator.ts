import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Estimator timings in ms over repeated runs. */
export interface EstimatorTiming {
  scopes: number;
  runs: number;
  medianMs: number;
  minMs: number;
  p90Ms: number;
  maxMs: number;
}

/**
 * Time to estimate the scope ladder at 10,000 draws, in Node, on the code as shipped.
 *
 * The model is bundled with Vite first (as the app ships it) because running the TypeScript
 * sources through a loader adds per-import overhead that no reader's browser pays. A timing, so it
 * is printed and recorded, never a test's pass or fail.
 *
 * @param runs timed runs after five warm-up runs (at least 5)
 */
export async function measureEstimator(runs: number): Promise<EstimatorTiming> {
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
    for (let i = 0; i < Math.max(5, runs); i++) {
      const start = performance.now();
      entry.estimateReach(inputs);
      timesMs.push(performance.now() - start);
    }
    timesMs.sort((a, b) => a - b);
    const at = (q: number) => timesMs[Math.min(timesMs.length - 1, Math.floor(q * timesMs.length))]!;
    return {
      scopes: inputs.scopes.length,
      runs: timesMs.length,
      medianMs: at(0.5),
      minMs: timesMs[0]!,
      p90Ms: at(0.9),
      maxMs: timesMs.at(-1)!,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
