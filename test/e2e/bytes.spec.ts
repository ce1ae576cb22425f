import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../bench/budgets';
import { checkBudgets, failures, formatVerdicts } from '../../bench/checkBudgets';
import { measureBundle } from '../../bench/measureBundle';

// The byte budgets, on the build this run serves: Playwright's web server runs `npm run build`
// into dist/ before any test (playwright.config.ts), so the bytes are measured here, in the
// browser step, and the unit suite builds nothing. The same build always gives the same bytes.
// (Outside CI a server already running is reused, and dist/ is whatever it was built from.)
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test.describe('the build', () => {
  // Measured when the tests run, after the web server has built dist/ (not when they are listed).
  let measured: ReturnType<typeof measureBundle> | undefined;
  const bundle = () => (measured ??= measureBundle(DIST));

  test('the app and embed pages stay within their byte budgets (or a known miss’s ceiling)', () => {
    const verdicts = checkBudgets(
      {
        appJsBytes: bundle().app.jsInitial,
        appLiveJsBytes: bundle().appLive.jsInitial,
        appCssBytes: bundle().app.cssInitial,
        embedJsBytes: bundle().embed.jsInitial,
        embedCssBytes: bundle().embed.cssInitial,
        presetEmbedJsBytes: bundle().presetEmbed.jsInitial,
      },
      BUDGETS,
      (budget) => budget.unit === 'B',
    );
    expect(failures(verdicts), formatVerdicts(verdicts)).toEqual([]);
    expect(verdicts.every((v) => v.status !== 'not-measured')).toBe(true);
  });

  test('the panels and exports load on demand, not with the page', () => {
    expect(bundle().app.jsOnDemand).toBeGreaterThan(20 * 1024);
  });

  test("the app's page loads its entry chunk alone, and the live page is one chunk of what it imports (see firstLoadGroup in build/bundleTricks.ts)", () => {
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; name?: string; imports?: string[]; dynamicImports?: string[] }
    >;
    const reached = (from: string) => {
      const seen = new Set<string>();
      const visit = (key: string) => {
        if (seen.has(key) || !manifest[key]) return;
        seen.add(key);
        manifest[key]!.imports?.forEach(visit);
      };
      visit(from);
      return [...seen].map((key) => manifest[key]!.name);
    };
    expect(reached('index.html')).toEqual(['main']);
    expect(manifest['index.html']!.dynamicImports).toHaveLength(1);
    // The live page imports the page's script back (for Vite's preload helper), already loaded.
    expect(reached(manifest['index.html']!.dynamicImports![0]!)).toEqual(['start', 'rolldown-runtime', 'main']);
  });
});
