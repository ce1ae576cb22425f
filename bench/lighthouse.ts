import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS } from './chromium';

const run = promisify(execFile);

/** Lighthouse's mobile performance audit of one page (the median run by score, then LCP). */
export interface LighthouseFigures {
  /** 0–100. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  runs: number;
}

// Lighthouse adds its own flags for headless runs besides these.
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS].join(' ');

interface LighthouseReport {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
}

/**
 * Runs Lighthouse from npm (its default: mobile, simulated slow 4G and 4× CPU slowdown) against
 * Debian's Chromium, `runs` times, and returns the median run. About 15 s a run on this machine.
 *
 * @param url a page of a running server
 * @param chromePath the browser Lighthouse drives (never a downloaded one)
 */
export async function runLighthouse(url: string, runs: number, chromePath: string): Promise<LighthouseFigures> {
  const cli = resolve(import.meta.dirname, '../node_modules/lighthouse/cli/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'sanction-scope-lighthouse-'));
  const results: LighthouseFigures[] = [];
  try {
    for (let i = 0; i < Math.max(1, runs); i++) {
      const out = join(dir, `run-${i}.json`);
      await run(
        process.execPath,
        [
          cli,
          url,
          '--only-categories=performance',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromePath }, timeout: 120_000 },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport;
      const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        totalBytes: value('total-byte-weight'),
        runs: 1,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.sort((a, b) => b.score - a.score || a.lcpMs - b.lcpMs);
  return { ...results[Math.floor(results.length / 2)]!, runs: results.length };
}
