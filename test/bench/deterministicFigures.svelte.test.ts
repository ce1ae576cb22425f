// @vitest-environment jsdom
// Svelte compiles runes for the browser only here: under the node environment it compiles them for
// its server renderer, where an effect root never runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inEffectRoot } from '../helpers/inEffectRoot.svelte';
import { BUDGETS } from '../../bench/budgets';
import { checkBudgets, failures, formatVerdicts } from '../../bench/checkBudgets';
import { shareLinkChars } from '../../bench/linkLength';
import { measureBundle, type PageBytes } from '../../bench/measureBundle';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

// The deterministic budgets, checked by the test command: the same build always gives the same
// bytes, and the same edit the same link. (Axe and requests are checked in the browser, in
// test/e2e/budgets.spec.ts, with the same checker.)
describe('deterministic budgets', () => {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'sanction-scope-budget-'));
  let bundle: { app: PageBytes; embed: PageBytes };

  beforeAll(() => {
    // The same two builds as `npm run build`, into a folder of the test's own. In a child process:
    // inside the test runner, NODE_ENV=test would give Svelte's larger development build.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.VITEST;
    for (const mode of ['production', 'embed'])
      execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/vite/bin/vite.js'),
          'build',
          '--mode',
          mode,
          '--outDir',
          outDir,
          '--logLevel',
          'error',
        ],
        { cwd: root, env, stdio: 'pipe' },
      );
    bundle = measureBundle(outDir);
  }, 120_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('the app and embed pages stay within their byte budgets (or a known miss’s ceiling)', () => {
    const verdicts = checkBudgets(
      {
        appJsBytes: bundle.app.jsInitial,
        appCssBytes: bundle.app.cssInitial,
        embedJsBytes: bundle.embed.jsInitial,
        embedCssBytes: bundle.embed.cssInitial,
      },
      BUDGETS,
      (budget) => budget.unit === 'B',
    );
    expect(failures(verdicts), formatVerdicts(verdicts)).toEqual([]);
    expect(verdicts.every((v) => v.status !== 'not-measured')).toBe(true);
  });

  it('the panels and exports load on demand, not with the page', () => {
    expect(bundle.app.jsOnDemand).toBeGreaterThan(20 * 1024);
  });

  it("the app's start is its entry chunk and one chunk of what it imports (see firstLoadGroup in vite.config.ts)", () => {
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; imports?: string[] }
    >;
    const start = new Set<string>();
    const visit = (key: string) => {
      if (start.has(key) || !manifest[key]) return;
      start.add(key);
      manifest[key]!.imports?.forEach(visit);
    };
    visit('index.html');
    expect([...start].map((key) => manifest[key]!.file.replace(/-[\w-]+\.js$/, ''))).toEqual([
      'assets/main',
      'assets/start',
    ]);
  });

  it('the ladder’s share link after one assumption edit stays within its budget', () => {
    inEffectRoot(() => {
      const state = new ScenarioState(PRESET_FILES.map(loadPreset), 'scope-ladder');
      // The edit the browser bench makes: married share at 31-60, most likely 90% → 91%.
      state.setAssumption('marriedShare31to60', { low: 0.85, mode: 0.91, high: 0.94 });
      expect(state.query).toMatch(/^v=2&p=scope-ladder&a=m2~0.85-0.91-0.94&cv=20261126&k=\w{7}$/);
      const verdicts = checkBudgets(
        { ladderLinkChars: shareLinkChars(state.query) },
        BUDGETS,
        (b) => b.unit === 'chars',
      );
      expect(failures(verdicts), formatVerdicts(verdicts)).toEqual([]);
    });
  });
});
