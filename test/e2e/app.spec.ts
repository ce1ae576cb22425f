import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { EstimateRecord } from '../../src/report/estimateRecord';
import { formatPeopleInterval, formatPeopleRange } from '../../src/format/formatPeople';
import { formatShareInterval } from '../../src/format/formatShare';
import { chartRows, expect, tableRows, test } from './fixtures';

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
});

for (const preset of PRESETS) {
  test(`${preset}: one chart row and one table row per scope, with the command line's numbers`, async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption(preset);
    const cli = cliJson(preset);
    await expect(tableRows(page)).toHaveCount(cli.results.length);
    await expect(chartRows(page)).toHaveCount(cli.results.length);
    for (const [i, result] of cli.results.entries()) {
      const row = tableRows(page).nth(i);
      await expect(row.getByRole('rowheader')).toHaveText(result.label);
      await expect(row.getByRole('cell').nth(0)).toHaveText(formatPeopleInterval(result.coreInterval));
      await expect(row.getByRole('cell').nth(1)).toHaveText(String(result.entities));
      await expect(row.getByRole('cell').nth(4)).toHaveText(formatPeopleInterval(result.reach));
      // Cell 5 is the range across the readings of an undefined word for family, when there is one.
      await expect(row.getByRole('cell').nth(5)).toContainText(
        result.family ? formatPeopleRange(result.family.acrossReadings.low, result.family.acrossReadings.high) : '–',
      );
      await expect(row.getByRole('cell').nth(6)).toHaveText(formatShareInterval(result.shareOfPopulation));
    }
  });
}

test('changing an assumption changes the chart and the table', async ({ page }) => {
  await page.goto('./');
  const lastRow = tableRows(page).last();
  const chartLast = chartRows(page).last();
  const tableBefore = await lastRow.textContent();
  const chartBefore = await chartLast.textContent();
  await page.getByText(/^Assumptions shared by every scope/).click();
  const married = page.getByRole('group', { name: /Married share, members aged 31-60/ });
  for (const [box, value] of [
    ['Low', '40'],
    ['Most likely', '50'],
    ['High', '60'],
  ] as const) {
    await married.getByLabel(box).fill(value);
  }
  await expect(lastRow).not.toHaveText(tableBefore!);
  await expect(chartLast).not.toHaveText(chartBefore!);
  await married.getByRole('button', { name: /Reset/ }).click();
  await expect(lastRow).toHaveText(tableBefore!);
});

test('adds, duplicates and removes scopes', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('magnitsky-2020');
  await expect(tableRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Add a scope' }).click();
  await expect(tableRows(page)).toHaveCount(3);
  await expect(chartRows(page)).toHaveCount(3);
  await expect(page.getByLabel('Scope name').last()).toBeFocused();
  await page.getByRole('button', { name: 'Duplicate Asset block: four officials' }).click();
  await expect(tableRows(page)).toHaveCount(4);
  await expect(tableRows(page).nth(1).getByRole('rowheader')).toHaveText('Asset block: four officials (copy)');
  await page.getByRole('button', { name: 'Remove Asset block: four officials (copy)' }).click();
  await expect(tableRows(page)).toHaveCount(3);
  await expect(chartRows(page)).toHaveCount(3);
});

test('refuses bad input with a message next to the field, and the numbers stay', async ({ page }) => {
  await page.goto('./');
  const before = await tableRows(page).last().textContent();
  await page.getByText(/^Assumptions shared by every scope/).click();
  const field = page.getByRole('group', { name: /Spouses' clustering/ });
  await field.getByLabel('Most likely').fill('abc');
  await expect(field.getByText('Most likely: enter a number, not "abc".')).toBeVisible();
  await expect(field.getByLabel('Most likely')).toHaveAttribute('aria-invalid', 'true');
  await field.getByLabel('High').fill('500');
  await expect(field.getByText(/High must be from 1 to 100/)).toBeVisible();
  await expect(tableRows(page).last()).toHaveText(before!);
});

test('the scope editor works from the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('magnitsky-2020');
  const summary = page.locator('summary', { hasText: 'Asset block: four officials' });
  await summary.focus();
  await page.keyboard.press('Enter');
  // The editor is downloaded when a scope is first focused or opened; a reader sees "Loading…".
  await expect(page.getByText('Loading the editor…')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Scope name').first()).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Xinjiang four');
  await expect(tableRows(page).first().getByRole('rowheader')).toHaveText('Xinjiang four');
  // Tab on to the relatives checkboxes and cover spouses with the space bar.
  const spouse = page.getByRole('checkbox', { name: 'Spouse', exact: true });
  for (let i = 0; i < 60 && !(await spouse.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(spouse).toBeFocused();
  await page.keyboard.press('Space');
  await expect(spouse).toBeChecked();
  await expect(tableRows(page).first().getByRole('cell').nth(2)).not.toHaveText('0.00');
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
