import { chartRows, expect, signed, test } from './fixtures';

// The embed is drawn as HTML by Svelte's server renderer in the browser (src/embed/main.ts): these
// check it against the app, across a resize, and against markup smuggled into a link.

/** The married share edited, a scope duplicated with its spouse covered, and the share basis. */
const EDITED = signed(
  'v=2&p=scope-ladder&a=m2~0.85-0.87-0.94&ns=8&s=0&s=1&s=2&s=2_l~Politburo%20(copy)_f~sp&s=3&s=4&s=5&s=6',
);

const chartDescription = (page: import('@playwright/test').Page) =>
  page.locator('svg[role="img"] desc').first().textContent();

test('the embed of an edited link describes the same numbers as the app', async ({ page }) => {
  await page.goto(`./?${EDITED}`);
  await expect(page.locator('svg[role="img"] .chart-row')).toHaveCount(8);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const inApp = await chartDescription(page);
  // The edited married share moves the largest scope's median (about 194 million unedited).
  expect(inApp).toMatch(/^Eight scopes .* about 19\d million people/);
  expect(inApp).not.toMatch(/about 194 million people/);

  await page.goto(`./embed.html?${EDITED}`);
  await expect(page.locator('svg[role="img"] .chart-row')).toHaveCount(8);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await chartDescription(page)).toBe(inApp);
});

test('the embed lays its chart out again at the width of its frame', async ({ page }) => {
  const viewBoxWidth = () =>
    page
      .locator('svg[role="img"]')
      .getAttribute('viewBox')
      .then((box) => Number(box!.split(' ')[2]));
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('./embed.html?v=1&p=scope-ladder&cv=20261126');
  await expect(page.locator('svg[role="img"] .chart-row')).toHaveCount(7);
  const figureWidth = () => page.locator('figure').evaluate((figure) => figure.clientWidth);
  expect(await viewBoxWidth()).toBe(await figureWidth());

  await page.setViewportSize({ width: 360, height: 900 });
  await expect.poll(viewBoxWidth).toBeLessThan(400);
  expect(await viewBoxWidth()).toBe(await figureWidth());
  await expect(page.locator('svg[role="img"] .chart-row')).toHaveCount(7);
  await expect(page.getByRole('link', { name: 'Open in Sanction Scope' })).toBeVisible();
});

test('the embed shows markup in a link as text and runs nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const esc = (text: string) => encodeURIComponent(text.replaceAll('_', '%5F').replaceAll('~', '%7E'));
  await page.goto(
    `./embed.html?${signed(`v=2&p=scope-ladder&t=${encodeURIComponent(payload)}&ns=1&s=0_l~${esc(payload)}`)}`,
  );
  await expect(page.locator('figcaption')).toHaveText(payload);
  await expect(page.locator('svg[role="img"] .chart-row')).toHaveCount(1);
  expect(await page.locator('svg[role="img"] .chart-row').textContent()).toContain(payload);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('#embed img, #embed script').count()).toBe(0);
});

/** The address of the iframe the app's Embed dialog gives for the page at `address`. */
async function embedSrc(page: import('@playwright/test').Page, address: string): Promise<string> {
  await page.goto(address);
  await expect(chartRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  return /src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
}

/** What a reader of an embed takes away: the finding, the visible chart's description, the credit. */
async function embedText(page: import('@playwright/test').Page) {
  await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
  return {
    finding: await page.locator('[data-finding]').textContent(),
    chart: await page.locator('svg[role="img"]:visible desc').textContent(),
    rows: await page.locator('svg[role="img"]:visible .chart-row title').allTextContents(),
    credit: await page.locator('.credit').textContent(),
  };
}

test("a preset as published embeds as drawn when the app was built: its script's chart, without a script", async ({
  page,
}) => {
  const src = await embedSrc(page, './stop-ccp-act.html');
  expect(src).toMatch(/\/embed-stop-ccp-act\.html\?v=2&p=stop-ccp-act&cv=\d{8}&k=\w+$/);
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    // The app's page, gone first: its lazy chunks load when it is idle, which may be now.
    await page.goto('about:blank');
    scripts.length = 0;
    await page.goto(src);
    const drawn = await embedText(page);
    expect(scripts).toEqual([]);
    expect(drawn.finding).toMatch(/would reach about 3,\d{3} people/);
    // Each scope's range across readings is a sentence of its own.
    expect(drawn.credit).toMatch(/“adult family member”\. All 376 /);
    await page.goto(src.replace('embed-stop-ccp-act.html', 'embed.html'));
    await expect(page.locator('.prerendered')).toHaveCount(0);
    expect(await embedText(page)).toEqual(drawn);
  }
  // Its own option still applies, still without a script.
  scripts.length = 0;
  await page.goto(`${src}&plain=1`);
  await expect(page.locator('.embed')).toHaveCSS('border-top-width', '0px');
  expect(scripts).toEqual([]);
});

test('the drawn embed of a preset, given a changed link, shows the changed numbers, never the preset', async ({
  page,
}) => {
  const changed = signed('v=2&p=stop-ccp-act&t=A%20changed%20title&ns=1&s=0');
  await page.goto(`./embed.html?${changed}`);
  const live = await embedText(page);
  expect(live.finding).not.toMatch(/3,\d{3} people/);
  await page.goto(`./embed-stop-ccp-act.html?${changed}`);
  await expect(page.locator('.prerendered')).toHaveCount(0);
  await expect(page.locator('.head')).toContainText('A changed title');
  expect(await embedText(page)).toEqual(live);
});
