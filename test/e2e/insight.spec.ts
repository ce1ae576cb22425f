import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('one plain sentence per scope, also used as the page description', async ({ page }) => {
  await page.goto('./');
  const summaries = page.locator('.summaries li');
  await expect(summaries).toHaveCount(7);
  await expect(summaries.nth(4)).toContainText('376 members of the 20th Central Committee');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^4 people: 4 named officials/);
});

test('compares the page with a second link, from the keyboard', async ({ page, baseURL }) => {
  await page.goto('./?v=1&p=visa-rule-2020&cv=20261123');
  const field = page.getByLabel('Second share link');
  await field.focus();
  await page.keyboard.type(`${baseURL}/?v=1&p=visa-rule-2020&a=rho~1&s=0_f~sp&cv=20261123`);
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'This page against the second link' });
  await expect(table).toContainText('Family clustering of membership (odds ratio) (all scopes)');
  await expect(table).toContainText('Relatives covered');
  await expect(table.locator('tr.scope td').nth(2)).toHaveText(/÷ 1\.\d+/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a bad second link is reported, not guessed at', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Second share link').fill('?v=1&p=nope');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toContainText('that this version does not have');
});
