import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../../bench/budgets';
import { expect, showTab, signed, test } from './fixtures';

const TABS = ['Chart', 'Table', 'Claims', 'What drives it', 'Assumptions', 'Sources'];
/** What shows a tab's panel has finished loading. */
const READY: Record<string, string> = {
  Chart: '.chart-section svg[role="img"]:visible .chart-row',
  Table: 'table[aria-describedby="results-note"] tbody tr',
  Claims: '.claim .verdict',
  'What drives it': '.tornado-chart .chart-row',
  Assumptions: '.scopes > li',
  Sources: 'section[aria-labelledby="method-heading"] h3',
};

for (const width of [1280, 360]) {
  test(`no axe violations in any tab at ${width} px (both chart views, a scope open)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    const violations: string[] = [];
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of results.violations)
        violations.push(`${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    for (const tab of TABS) {
      await showTab(page, tab);
      await page.locator(`[role="tabpanel"]:not([hidden]) :is(${READY[tab]})`).first().waitFor();
      if (tab === 'Chart') {
        await page.locator('details.references summary').click();
        await check('Chart, reach view');
        await page.getByLabel('Share of China').check();
        await page.locator('.share-chart svg[role="img"]').waitFor();
        await check('Chart, share view');
        await page.getByLabel('People reached', { exact: true }).check();
      } else if (tab === 'Assumptions') {
        await page.locator('.scopes summary').first().click();
        await expect(page.getByRole('textbox', { name: 'Scope name', exact: true }).first()).toBeVisible();
        await check(tab);
      } else await check(tab);
    }
    expect(violations).toEqual([]);
  });
}

for (const [button, name] of [
  ['Embed', 'Embed this chart'],
  ['Cite', 'Cite these numbers'],
] as const) {
  test(`no axe violations with the ${button} dialog open, at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./');
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('no axe violations in the embed, drawn or not, and with a link notice shown', async ({ page }) => {
  await page.goto('./embed.html?v=1&p=scope-ladder&cv=20261126');
  let results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.goto(`./embed-scope-ladder.html?${signed('v=2&p=scope-ladder')}`);
  await expect(page.locator('.prerendered svg[role="img"]:visible')).toHaveCount(1);
  results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.goto('./?v=1&p=scope-ladder&seed=x&cv=20250101');
  await expect(page.getByRole('alert')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('respects prefers-reduced-motion and shows a visible focus ring', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  // The page is drawn once its preset has arrived.
  await page.locator('svg[role="img"]:visible .chart-row').first().waitFor();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
