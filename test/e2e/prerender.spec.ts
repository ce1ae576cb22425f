import type { Page } from '@playwright/test';
import { test, expect, signed, showTab, tableRows } from './fixtures';

/** The page's own script never arrives: what shows is the HTML and CSS alone. */
async function withoutScript(page: Page) {
  await page.route(/\/assets\/main-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
}

/** The chart shown on the card, its height and its top on the page, px. */
async function shownChart(page: Page) {
  const chart = page.locator('.chart-section svg[role="img"]:visible');
  await expect(chart).toHaveCount(1);
  const box = (await chart.boundingBox())!;
  return { chart, heightPx: box.height, topPx: box.y + (await page.evaluate(() => scrollY)) };
}

/** The scripts a page downloads, by name ("main", "start": the file less its 8-character hash), as it goes. */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script')
      names.push(new URL(request.url()).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''));
  });
  return names;
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

    // With its script, the page stays as drawn, and downloads the live page only when a control is used.
    await page.unrouteAll();
    const scripts = scriptsOf(page);
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual(['main']);
    await expect(page.locator('.prerendered')).toBeVisible();
    const drawnChart = await shownChart(page);
    await page.getByRole('tab', { name: 'Chart', exact: true }).click();
    await expect(page.locator('.prerendered')).toHaveCount(0);
    expect(scripts).toContain('start');
    await expect(page.locator('[data-finding]')).toHaveText(finding);
    const after = await shownChart(page);
    await expect(after.chart.locator('.chart-row')).toHaveCount(7);
    // Drawn at the width of the box it fills, the live chart is as tall as the one it replaced, where it was.
    expect(after.heightPx).toBeCloseTo(before.heightPx, 0);
    expect(after.topPx).toBeCloseTo(drawnChart.topPx, 0);
  });
}

test('what a reader does on the drawn page while the live page downloads is done on the live page, in order', async ({
  page,
}) => {
  // The live page's start held back, so the reader's input arrives before it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const drawn = page.locator('.prerendered');
  await drawn.getByRole('tab', { name: 'Table', exact: true }).click();
  await drawn.getByRole('tab', { name: 'Table', exact: true }).press('ArrowRight');
  await expect(page.locator('html')).toHaveClass(/waking/);
  await expect(drawn).toBeVisible();
  release();
  await expect(drawn).toHaveCount(0);
  // The click opened the table, the arrow key moved on to the claims, and focus came along.
  await expect(page.getByRole('tab', { name: 'Claims', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Claims', exact: true })).toBeFocused();
  await expect(page.locator('html')).not.toHaveClass(/waking/);
  await showTab(page, 'Table');
  await expect(tableRows(page)).toHaveCount(7);
});

test('when the live page cannot download, the drawn page stays readable under a message, and the next use tries again', async ({
  page,
  problems,
}) => {
  await page.route(/\/assets\/start-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  const drawn = page.locator('.prerendered');
  await drawn.getByRole('tab', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('could not load');
  await expect(drawn.locator('[data-finding]')).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/waking/);
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  // Back on the network, the next use starts the live page (Chromium fetches a failed import
  // again; where a browser would not, the message's Retry reloads the page).
  await page.unrouteAll();
  await drawn.getByRole('tab', { name: 'Table', exact: true }).click();
  await expect(drawn).toHaveCount(0);
  await expect(page.locator('.start-failure')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Table', exact: true }).click();
  await expect(tableRows(page)).toHaveCount(7);
  // The failed request logged an error, as it should; nothing else did.
  const others = problems.filter(
    (p) => !/Failed to load resource|Failed to fetch dynamically imported module|net::ERR_FAILED/.test(p),
  );
  problems.length = 0;
  expect(others).toEqual([]);
});

test("the drawn page's share bar works at once: Embed opens its dialog", async ({ page }) => {
  await page.goto('./stop-ccp-act.html');
  await page.locator('.prerendered').getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Embed this chart' })).toBeVisible();
});

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

const PRESETS = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];

test("each preset's own page shows its finding before any script runs, names it in its link preview, and opens live on the same numbers", async ({
  page,
}) => {
  for (const presetId of PRESETS) {
    await withoutScript(page);
    await page.goto(`./${presetId}.html`);
    const drawn = page.locator('.prerendered');
    await expect(drawn).toBeVisible();
    const finding = (await drawn.locator('[data-finding]').textContent())!.replace(/[\u2068\u2069]/g, '');
    const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
    expect(await meta('property="og:title"')).toBe(
      `${await page.locator('.prerendered #scenario-picker option[selected]').textContent()} – Sanction Scope`,
    );
    // The preview says the headline number, as the card does.
    expect(await meta('property="og:description"')).toContain(finding);
    await expect(drawn.locator('.static-chart:visible .chart-row').first()).toBeVisible();
    // Its preview card is in the build: a PNG of the page's 1200 × 630 social card.
    const card = await page.request.get(new URL((await meta('property="og:image"'))!, page.url()).href);
    expect(card.ok()).toBe(true);
    expect([...(await card.body()).subarray(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');

    await page.unrouteAll();
    await page.goto(`./${presetId}.html`);
    await page.getByRole('tab', { name: 'Chart', exact: true }).click();
    await expect(page.locator('.prerendered')).toHaveCount(0);
    await expect
      .poll(async () => (await page.locator('[data-finding]').textContent())?.replace(/[\u2068\u2069]/g, ''))
      .toBe(finding);
    expect(new URL(page.url()).pathname.endsWith(`/${presetId}.html`)).toBe(true);
    expect(new URL(page.url()).search).toBe('');
  }
});

test("a change on a preset's page writes the app's own address, and Back returns to the preset", async ({ page }) => {
  await page.goto('./stop-ccp-act.html');
  await expect(page.locator('[data-finding]')).toContainText('would reach');
  const before = await page.locator('[data-finding]').textContent();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('magnitsky-2020');
  await expect(page).toHaveURL(/\/\?v=2&p=magnitsky-2020/);
  await page.goBack();
  await expect(page).toHaveURL(/\/stop-ccp-act\.html$/);
  await expect(page.locator('[data-finding]')).toHaveText(before!);
  // Shared or cited, a preset as published is its own page (whose preview carries the finding),
  // with the link that names the figures its numbers come from.
  await page.getByRole('button', { name: 'Cite' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite these numbers' })).toContainText(
    /\/stop-ccp-act\.html\?v=2&p=stop-ccp-act&cv=20261126&k=\w{7}/,
  );
});
