import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../../bench/budgets';
import { expect, test } from './fixtures';

for (const width of [1280, 360]) {
  for (const view of ['reach', 'share'] as const) {
    test(`no axe violations at ${width} px (${view} view, a scope open)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      if (view === 'share') await page.getByLabel('Share of China').check();
      await page.locator('summary').first().click();
      if (view === 'reach') await page.locator('details.references summary').click();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
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

test('no axe violations in the embed, and with a link notice shown', async ({ page }) => {
  await page.goto('./embed.html?v=1&p=scope-ladder&cv=20261126');
  let results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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
  await page.locator('svg[role="img"] .chart-row').first().waitFor();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
