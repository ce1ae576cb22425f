import { chartRows, expect, findingText, showTab, test } from './fixtures';

/**
 * The page never runs the model itself: a preset as published is drawn from the numbers the build
 * shipped with it, and a change is estimated in a worker that downloads on the first change.
 */
test('a preset draws without the model; the first change starts the worker, and the numbers follow', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  const before = await findingText(page);
  expect(before).toMatch(/922 times \(856–990\)/);
  expect(scripts.filter((name) => /^(estimateWorker|estimateReach)-/.test(name))).toEqual([]);

  await showTab(page, 'Assumptions');
  const married = page.getByRole('group', { name: /Married share, members aged 31-60/ });
  await married.getByLabel('Most likely').fill('87');
  await expect.poll(() => findingText(page)).not.toBe(before);
  expect(scripts.some((name) => name.startsWith('estimateWorker-'))).toBe(true);
  // The model ran in the worker, not in the page.
  expect(scripts.some((name) => name.startsWith('estimateReach-'))).toBe(false);
  await expect(page.locator('article.card')).toHaveAttribute('aria-busy', 'false');
});

test('a shipped preset’s draws are estimated when the sensitivity panel first needs them', async ({ page }) => {
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  await showTab(page, 'What drives it');
  await expect(page.locator('.histogram-bar').first()).toBeVisible();
  await expect(page.getByText('Estimating the draws behind the range…')).toHaveCount(0);
});
