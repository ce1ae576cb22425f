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

test('typing in an assumption moves nothing on the page while each change is estimated', async ({ page }) => {
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  await showTab(page, 'Assumptions');
  const field = page.getByRole('group', { name: /Married share, members aged 31-60/ }).getByLabel('Most likely');
  await field.focus();
  // The first change marks the scenario as modified, a line that comes to stay: made before watching.
  const unedited = await findingText(page);
  for (const key of ['End', 'Backspace', '1']) await page.keyboard.press(key);
  await expect.poll(() => findingText(page)).not.toBe(unedited);
  await expect(page.locator('article.card')).toHaveAttribute('aria-busy', 'false');
  // A slow phone's pace, so that each change is still being estimated over several frames.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Where the field and the live chart are in the page, every frame while the reader types. (In the
  // page, not on the screen: Chromium scrolls to keep what is in view in place when something above
  // it grows, so only there would a jump show; Safari has no such anchoring.)
  await page.evaluate(() => {
    const tops = new Set<string>();
    (window as { __tops?: Set<string> }).__tops = tops;
    const watched = [document.activeElement!, document.querySelector('aside.live svg[role="img"]')!];
    const sample = () => {
      tops.add(watched.map((element) => Math.round(element.getBoundingClientRect().top + scrollY)).join(','));
      requestAnimationFrame(sample);
    };
    sample();
  });
  const before = await findingText(page);
  for (const key of ['Backspace', '2', 'Backspace', '3', 'Backspace', '4']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
  await expect.poll(() => findingText(page)).not.toBe(before);
  await expect(page.locator('article.card')).toHaveAttribute('aria-busy', 'false');
  expect(await page.evaluate(() => [...(window as { __tops?: Set<string> }).__tops!])).toHaveLength(1);
});
