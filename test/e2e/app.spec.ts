import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { EstimateRecord } from '../../src/report/estimateRecord';
import { formatPeopleInterval, formatPeopleRange } from '../../src/format/formatPeople';
import { formatShareInterval } from '../../src/format/formatShare';
import { chartRows, expect, findingText, showTab, tableRows, test } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const cliJson = (preset: string) =>
  JSON.parse(
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/estimate.ts', `scenarios/${preset}.json`, '--json'], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as EstimateRecord;

const PRESETS = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];

test('opens on the ladder', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue('scope-ladder');
  await expect(page.getByRole('img', { name: /scope ladder/i })).toBeVisible();
  expect(await findingText(page)).toMatch(/^Central Committee and adult family would reach about [\d,]+ people/);
});

for (const preset of PRESETS) {
  test(`${preset}: one chart row and one table row per scope, with the command line's numbers`, async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption(preset);
    const cli = cliJson(preset);
    await expect(chartRows(page)).toHaveCount(cli.results.length);
    await showTab(page, 'Table');
    await expect(tableRows(page)).toHaveCount(cli.results.length);
    await page.getByLabel(/Show every column/).check();
    for (const [i, result] of cli.results.entries()) {
      const row = tableRows(page).nth(i);
      await expect(row.getByRole('rowheader')).toHaveText(result.label);
      await expect(row.getByRole('cell').nth(0)).toHaveText(formatPeopleInterval(result.reach));
      await expect(row.getByRole('cell').nth(1)).toHaveText(formatShareInterval(result.shareOfPopulation));
      await expect(row.getByRole('cell').nth(3)).toHaveText(formatPeopleInterval(result.coreInterval));
      await expect(row.getByRole('cell').nth(4)).toHaveText(String(result.entities));
      // Cell 6 is the range across the readings of an undefined word for family, when there is one.
      await expect(row.getByRole('cell').nth(6)).toContainText(
        result.family ? formatPeopleRange(result.family.acrossReadings.low, result.family.acrossReadings.high) : '–',
      );
    }
  });
}

/** The chart beside the editors in the Assumptions tab (at widths of 960 px and more). */
const liveRows = (page: import('@playwright/test').Page) => page.locator('.live svg[role="img"] .chart-row');

test('changing an assumption changes the finding, the chart beside it (with a ghost) and the table', async ({
  page,
}) => {
  await page.goto('./');
  await showTab(page, 'Table');
  const tableBefore = await tableRows(page).last().textContent();
  const findingBefore = await findingText(page);
  await showTab(page, 'Assumptions');
  const chartLast = liveRows(page).last();
  const chartBefore = await chartLast.textContent();
  const married = page.getByRole('group', { name: /Married share, members aged 31-60/ });
  for (const [box, value] of [
    ['Low', '40'],
    ['Most likely', '50'],
    ['High', '60'],
  ] as const) {
    await married.getByLabel(box).fill(value);
  }
  await expect(chartLast).not.toHaveText(chartBefore!);
  await expect(chartLast.locator('circle.ghost')).toHaveCount(1);
  await expect(chartLast.locator('.value-label')).toContainText(/\u2212[\d.,]+ (million )?on the preset/);
  // Beside the chart: how far each scope moved, and the edit that moved it.
  await expect(page.locator('.live .change-causes li').last()).toContainText(
    /^All members and immediate family: \u2212[\d.,]+ million on the preset’s [\d.]+ million, after: assumption changed: married share, members aged 31-60$/i,
  );
  expect(await findingText(page)).not.toBe(findingBefore);
  await showTab(page, 'Table');
  await expect(tableRows(page).last()).not.toHaveText(tableBefore!);
  await showTab(page, 'Assumptions');
  await married.getByRole('button', { name: /Reset/ }).click();
  await expect(liveRows(page).locator('circle.ghost')).toHaveCount(0);
  await showTab(page, 'Table');
  await expect(tableRows(page).last()).toHaveText(tableBefore!);
  expect(await findingText(page)).toBe(findingBefore);
});

test('adds, duplicates and removes scopes', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('magnitsky-2020');
  await expect(chartRows(page)).toHaveCount(2);
  await showTab(page, 'Assumptions');
  await page.getByRole('button', { name: 'Add a scope' }).click();
  await expect(liveRows(page)).toHaveCount(3);
  await expect(page.getByLabel('Scope name').last()).toBeFocused();
  // Arranging is one menu per scope, closed until asked for.
  await page.getByRole('group', { name: 'Arrange Asset block: four officials' }).waitFor({ state: 'hidden' });
  await page.locator('summary[aria-label="Arrange Asset block: four officials"]').click();
  await page.getByRole('button', { name: 'Duplicate Asset block: four officials' }).click();
  await expect(liveRows(page)).toHaveCount(4);
  // A long name wraps over several lines (tspans): read them as one.
  const rowName = (i: number) =>
    liveRows(page)
      .nth(i)
      .locator('.row-name tspan')
      .allTextContents()
      .then((lines) => lines.join(' '));
  await expect.poll(() => rowName(1)).toBe('Asset block: four officials (copy)');
  await page.locator('summary[aria-label="Arrange Asset block: four officials (copy)"]').click();
  await page.getByRole('button', { name: 'Remove Asset block: four officials (copy)' }).click();
  await expect(liveRows(page)).toHaveCount(3);
  await showTab(page, 'Chart');
  await expect(chartRows(page)).toHaveCount(3);
  await showTab(page, 'Table');
  await expect(tableRows(page)).toHaveCount(3);
});

test('refuses bad input with a message next to the field, and the numbers stay', async ({ page }) => {
  await page.goto('./');
  const before = await findingText(page);
  await showTab(page, 'Assumptions');
  const field = page.getByRole('group', { name: /Spouses' clustering/ });
  await field.getByLabel('Most likely').fill('abc');
  await expect(field.getByText('Most likely: enter a number, not "abc".')).toBeVisible();
  await expect(field.getByLabel('Most likely')).toHaveAttribute('aria-invalid', 'true');
  await field.getByLabel('High').fill('500');
  await expect(field.getByText(/High must be from 1 to 100/)).toBeVisible();
  expect(await findingText(page)).toBe(before);
  // What the reader typed is still there after a look at another tab.
  await showTab(page, 'Chart');
  await showTab(page, 'Assumptions');
  await expect(field.getByLabel('Most likely')).toHaveValue('abc');
});

test('the scope editor works from the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('magnitsky-2020');
  await page.getByRole('tab', { name: 'Chart' }).focus();
  // Arrow keys move along the tabs.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Assumptions' })).toBeFocused();
  const summary = page.locator('summary', { hasText: 'Asset block: four officials' });
  await summary.focus();
  await page.keyboard.press('Enter');
  // The editor is downloaded when a scope is first focused or opened; a reader sees "Loading…".
  await expect(page.getByText('Loading the editor…')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Scope name').first()).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Xinjiang four');
  await expect(liveRows(page).first().locator('.row-name')).toHaveText('Xinjiang four');
  // Tab on to the relatives checkboxes and cover spouses with the space bar.
  const spouse = page.getByRole('checkbox', { name: 'Spouse', exact: true });
  for (let i = 0; i < 60 && !(await spouse.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(spouse).toBeFocused();
  await page.keyboard.press('Space');
  await expect(spouse).toBeChecked();
  await expect(liveRows(page).first().locator('circle.ghost')).toHaveCount(1);
  await expect(page.locator(':focus-visible')).toHaveCount(1);
});

for (const width of [1280, 360]) {
  test(`the ladder fits ${width} px without sideways scrolling; screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await expect(chartRows(page)).toHaveCount(7);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.chart-section').screenshot({ path: `test-results/screenshots/ladder-chart-${width}.png` });
    await page.screenshot({ path: `test-results/screenshots/ladder-${width}.png`, fullPage: true });
  });
}
