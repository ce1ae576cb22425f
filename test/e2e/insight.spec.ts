import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../../bench/budgets';
import { expect, showTab, signed, test } from './fixtures';

test('one plain sentence per scope, also used as the page description', async ({ page }) => {
  await page.goto('./');
  await showTab(page, 'Table');
  const summaries = page.locator('.summaries li');
  await expect(summaries).toHaveCount(7);
  await expect(summaries.nth(4)).toContainText('376 members of the 20th Central Committee');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^4 people: 4 named officials/);
});

test('compares the page with a second link, from the keyboard', async ({ page, baseURL }) => {
  await page.goto('./?v=1&p=visa-rule-2020&cv=20261126');
  await showTab(page, 'Claims');
  const field = page.getByLabel('Second share link');
  await field.focus();
  await page.keyboard.type(`${baseURL}/?${signed('v=2&p=visa-rule-2020&a=rho~1&ns=1&s=0_f~sp')}`);
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'This page against the second link' });
  await expect(table).toContainText("Other relatives' clustering of membership (odds ratio) (all scopes)");
  await expect(table).toContainText('Relatives covered');
  await expect(table.locator('tr.scope td').nth(2)).toHaveText(/÷ 1\.\d+/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a bad second link is reported, not guessed at', async ({ page }) => {
  await page.goto('./');
  await showTab(page, 'Claims');
  await page.getByLabel('Second share link').fill(`?${signed('v=2&p=nope')}`);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toContainText('that this version does not have');
});

for (const width of [1280, 360]) {
  test(`claims view at ${width} px: every claim has a verdict; screenshot; no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    // The tab is reached from the keyboard: focus the tab row, arrow along, and the panel opens.
    await page.getByRole('tab', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true');
    const section = page.locator('[role="tabpanel"][data-tab="claims"]');
    const claims = section.locator('.claim');
    await expect(claims.first()).toBeVisible();
    expect(await claims.count()).toBeGreaterThanOrEqual(6);
    for (const claim of await claims.all()) {
      await expect(claim.locator('.verdict')).toHaveText(
        /Supported|Depends on the reading|Not supported|Too high|Too low/,
      );
    }
    await expect(section.locator('[data-claim-id] blockquote', { hasText: 'quarter' }).first()).toBeVisible();
    // "A quarter" is checked under each of the seven readings of "their families", and the verdict names two.
    const quarter = section.locator('[data-claim-id="lohman-quarter-of-population"]');
    await expect(quarter.locator('table.readings tbody tr')).toHaveCount(7);
    await expect(quarter.locator('.verdict')).toHaveText('Depends on the reading');
    await expect(quarter).toContainText('it matches spouses, children and parents');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await section.screenshot({ path: `test-results/screenshots/claims-${width}.png` });
    const results = await new AxeBuilder({ page })
      .include('[role="tabpanel"][data-tab="claims"]')
      .withTags(AXE_TAGS)
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // The link opens the scenario that tests the claim.
    await claims.first().getByRole('link', { name: 'Open the scenario that tests this claim' }).click();
    await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue('member-visa-ban-2020');
  });

  test(`tornado and histogram at ${width} px, keyboard-operable; screenshot; no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await page.getByRole('tab', { name: 'Chart' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'What drives it' })).toHaveAttribute('aria-selected', 'true');
    const section = page.locator('[role="tabpanel"][data-tab="drivers"]');
    await expect(section.locator('svg[role="img"] .chart-row').first()).toBeVisible();
    expect(await section.locator('.tornado-chart .chart-row').count()).toBeGreaterThanOrEqual(5);
    await expect(section.locator('svg[role="img"] .histogram-bar').first()).toBeVisible();
    await expect(section.getByRole('table')).toContainText("Spouses' clustering");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await section.screenshot({ path: `test-results/screenshots/tornado-${width}.png` });
    const results = await new AxeBuilder({ page })
      .include('[role="tabpanel"][data-tab="drivers"]')
      .withTags(AXE_TAGS)
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // Choosing a scope with no relatives from the keyboard: every input's swing is zero.
    await section.getByLabel('Scope').selectOption('central-committee');
    await expect(section.locator('.tornado-chart .chart-row')).toHaveCount(0);
  });
}
