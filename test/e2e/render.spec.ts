import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chartRows, expect, test } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const PRESETS = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];

/** Row names, value labels, mark counts and reference labels of the reach chart on the page. */
const chartTexts = () => ({
  rows: [...document.querySelectorAll('.chart-row')].map((row) => ({
    id: row.getAttribute('data-scope-id'),
    name: row.querySelector('.row-name')?.textContent?.trim(),
    value: row.querySelector('.value-label')?.textContent?.trim(),
    marks: row.querySelectorAll('rect, line').length,
  })),
  references: [...document.querySelectorAll('.reference-label')].map((label) => label.textContent?.trim()),
});

test('npm run render draws the same marks and labels as the browser chart', async ({ page }) => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'render-e2e-'));
  await page.setViewportSize({ width: 1000, height: 900 });
  for (const preset of PRESETS) {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption(preset);
    await expect(chartRows(page).first()).toBeVisible();
    const chart = page.locator('.chart-section svg[role="img"]');
    const width = Number(await chart.getAttribute('width'));
    // The page has one chart, so the same document-wide query reads both.
    const inBrowser = await page.evaluate(chartTexts);

    const out = join(dir, `${preset}.svg`);
    execFileSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/cli/render.ts', `scenarios/${preset}.json`, '--width', String(width), '--out', out],
      { cwd: root },
    );
    await page.setContent(`<!doctype html><body>${readFileSync(out, 'utf8')}</body>`);
    const rendered = await page.evaluate(chartTexts);
    expect(rendered.rows, preset).toEqual(inBrowser.rows);
    expect(rendered.references, preset).toEqual(inBrowser.references);
    expect(inBrowser.rows.length, preset).toBeGreaterThan(0);
  }
});
