import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { EstimateRecord } from '../../src/report/estimateRecord';
import { formatPeopleInterval } from '../../src/report/formatPeople';

const root = resolve(import.meta.dirname, '../..');

/** Collects console errors, page errors and requests to other origins while a test runs. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.host !== '127.0.0.1:4173') problems.push(`request: ${request.url()}`);
  });
  return problems;
}

test('opens on the ladder with the same numbers as the command line, and nothing goes wrong', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(page.getByLabel('Scenario')).toHaveValue('scope-ladder');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(8); // header + 7 scopes

  const cli = JSON.parse(
    execFileSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/cli/estimate.ts', 'scenarios/scope-ladder.json', '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    ),
  ) as EstimateRecord;
  for (const [i, result] of cli.results.entries()) {
    await expect(rows.nth(i + 1).getByRole('rowheader')).toHaveText(result.label);
    await expect(
      rows
        .nth(i + 1)
        .getByRole('cell')
        .nth(4),
    ).toHaveText(formatPeopleInterval(result.reach));
  }
  expect(problems).toEqual([]);
});

test('switches presets from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Scenario').focus();
  await page.keyboard.press('End');
  await page.getByLabel('Scenario').selectOption('magnitsky-2020');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table')).toContainText('Four Xinjiang officials and the XPSB');
});

for (const width of [1280, 360]) {
  test(`fits a ${width} px screen without scrolling the page sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('table')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/ladder-${width}.png`, fullPage: true });
  });
}
