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

test('the page can be installed: Chromium finds nothing missing from its manifest, icons and service worker', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are incognito profiles, where Chromium never offers to install: that is
  // the one error allowed; any about the manifest, its icons or the service worker fails the test.
  expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
  const manifest = (await (await page.request.get('./manifest.webmanifest')).json()) as { icons: { src: string }[] };
  for (const icon of manifest.icons)
    expect((await page.request.get(new URL(icon.src, page.url()).href)).ok()).toBe(true);
});
