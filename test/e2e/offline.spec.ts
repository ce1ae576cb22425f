import { expect, signed, tableRows, test, showTab } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

/** The table's rows as text: the numbers a reader would compare. */
async function tableText(page: Page) {
  await showTab(page, 'Table');
  await expect(tableRows(page).first()).toBeVisible();
  return tableRows(page).allInnerTexts();
}

test('after one visit, a link opens without a network and shows the same numbers', async ({ page, context }) => {
  const link = `./?${signed('v=2&p=visa-rule-2020&seed=7')}`;
  await page.goto(link);
  const online = await tableText(page);
  // The service worker has kept the app's files once it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.goto(link);
  expect(await tableText(page)).toEqual(online);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Another preset, and a preset's own page, opened for the first time offline.
  await page.goto('./stop-ccp-act.html');
  await expect(page.locator('[data-finding]')).toContainText('would reach about 3,610 people');
  await page.goto(`./?${signed('v=2&p=magnitsky-2020')}`);
  expect(await tableText(page)).toHaveLength(2);
  await context.setOffline(false);
});
