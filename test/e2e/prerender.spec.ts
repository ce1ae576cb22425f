import type { Page } from '@playwright/test';
import { test, expect, signed } from './fixtures';

/** The page's own script never arrives: what shows is the HTML and CSS alone. */
async function withoutScript(page: Page) {
  await page.route(/\/assets\/main-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
}

/** The chart shown on the card, and its height, px. */
async function shownChart(page: Page) {
  const chart = page.locator('.chart-section svg[role="img"]:visible');
  await expect(chart).toHaveCount(1);
  return { chart, heightPx: (await chart.boundingBox())!.height };
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width} px the plain address shows the finding and every bar before any script runs, and the live page replaces it in place`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await withoutScript(page);
    await page.goto('./');
    const drawn = page.locator('.prerendered');
    await expect(drawn).toBeVisible();
    const finding = (await drawn.locator('[data-finding]').textContent())!;
    expect(finding).toMatch(/would reach about 3,690 people/);
    // Drawn at each build-time width (one shown, by a container query), ids unique across them.
    const copies = drawn.locator('.static-chart');
    expect(await copies.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-static-width')))).toEqual([
      '328',
      '568',
      '958',
      '1150',
    ]);
    for (const copy of await copies.all()) await expect(copy.locator('.chart-row')).toHaveCount(7);
    const ids = await drawn.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    const before = await shownChart(page);
    const rows = before.chart.locator('.chart-row');
    await expect(rows).toHaveCount(7);
    for (const row of await rows.all()) await expect(row).toBeInViewport();

    await page.unrouteAll();
    await page.goto('./');
    await expect(page.locator('.prerendered')).toHaveCount(0);
    await expect(page.locator('[data-finding]')).toHaveText(finding);
    const after = await shownChart(page);
    await expect(after.chart.locator('.chart-row')).toHaveCount(7);
    // Drawn at the width of the box it fills, the live chart is as tall as the one it replaced.
    expect(after.heightPx).toBeCloseTo(before.heightPx, 0);
  });
}

test('a link never shows the default scenario drawn at build time, even before its own is drawn', async ({ page }) => {
  await withoutScript(page);
  await page.goto(`./?${signed('v=2&p=visa-rule-2020')}`);
  await expect(page.locator('.prerendered')).toBeHidden();
  await expect(page.locator('svg[role="img"]:visible')).toHaveCount(0);
  await expect(page.getByText('3,690').filter({ visible: true })).toHaveCount(0);

  await page.unrouteAll();
  await page.reload();
  await expect(page.locator('[data-finding]')).toHaveText(/Members and immediate family/);
  await expect(page.locator('.prerendered')).toHaveCount(0);
});
