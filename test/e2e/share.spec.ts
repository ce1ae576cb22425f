import { readFile } from 'node:fs/promises';
import { hostResizeScript } from '../../src/embed/heightMessage';
import { parseCsv } from '../helpers/parseCsv';
import { chartRows, expect, findingText, showTab, signed, tableRows, test } from './fixtures';

const scenarioPicker = (page: import('@playwright/test').Page) =>
  page.getByRole('combobox', { name: 'Scenario', exact: true });

/** The results table's rows as text, every column shown. */
async function tableText(page: import('@playwright/test').Page): Promise<string[]> {
  await showTab(page, 'Table');
  await page.getByLabel(/Show every column/).check();
  await tableRows(page).first().waitFor();
  return tableRows(page).allInnerTexts();
}

test('a copied link opens in a fresh browser with identical numbers', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('./');
  await showTab(page, 'Assumptions');
  const married = page.getByRole('group', { name: /Married share, members aged 31-60/ });
  await married.getByLabel('Most likely').fill('87');
  await page.locator('summary[aria-label="Arrange Politburo"]').click();
  await page.getByRole('button', { name: 'Duplicate Politburo', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Spouse', exact: true }).first().check();
  await showTab(page, 'Chart');
  await page.getByLabel('Share of China').check();
  await page.getByLabel('People reached', { exact: true }).check();
  // The numbers for every change, not the earlier ones the card keeps while they are made.
  await expect(page.locator('article.card')).toHaveAttribute('aria-busy', 'false');
  const before = await tableText(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('m2~0.85-0.87-0.94');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(chartRows(other)).toHaveCount(before.length);
  expect(await tableText(other)).toEqual(before);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await fresh.close();
});

test('Back and Forward move between presets and scope changes', async ({ page }) => {
  await page.goto('./');
  await scenarioPicker(page).selectOption('stop-ccp-act');
  await expect(chartRows(page)).toHaveCount(2);
  await showTab(page, 'Assumptions');
  await page.getByRole('button', { name: 'Add a scope' }).click();
  await expect(chartRows(page)).toHaveCount(3);
  await page.goBack();
  await expect(chartRows(page)).toHaveCount(2);
  await expect(scenarioPicker(page)).toHaveValue('stop-ccp-act');
  await page.goBack();
  await expect(scenarioPicker(page)).toHaveValue('scope-ladder');
  await expect(chartRows(page)).toHaveCount(7);
  await page.goForward();
  await expect(scenarioPicker(page)).toHaveValue('stop-ccp-act');
  await page.goForward();
  await expect(chartRows(page)).toHaveCount(3);
});

test('a tampered link shows an alert and keeps its valid parts', async ({ page }) => {
  await page.goto(`./?${signed('v=2&p=scope-ladder&ns=7&s=0&s=1&s=2&s=3&s=4_l~CC+plus+family&s=5&s=6_c~0.5-0.8-7')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Parts of this link could not be used');
  await expect(alert).toContainText('share meeting the legal test of scope 7');
  await expect(chartRows(page).nth(4).locator('.row-name')).toHaveText('CC plus family');
  await expect(chartRows(page)).toHaveCount(7);
});

test('script payloads in every text field of a link are shown as text and run nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const esc = (text: string) => encodeURIComponent(text.replaceAll('_', '%5F').replaceAll('~', '%7E'));
  const query = signed(
    [
      'v=2',
      'p=scope-ladder',
      `t=${encodeURIComponent(payload)}`,
      `d=${encodeURIComponent(payload)}`,
      'ns=2',
      `s=0_l~${esc(payload)}`,
      `s=gl~${esc(payload)}_pp~100_en~0_yr~2024_ap~so_l~${esc(payload)}`,
    ].join('&'),
  );
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`./?${query}`);
  await expect(chartRows(page)).toHaveCount(2);
  await showTab(page, 'Table');
  await expect(tableRows(page).first().getByRole('rowheader')).toHaveText(payload);
  await showTab(page, 'Chart');
  await expect(page.locator('.description')).toHaveText(`Description by whoever made this link: ${payload}`);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

for (const drawn of [false, true])
  test(`the embed reports its height and the host page resizes it${drawn ? ', drawn when the app was built' : ''}`, async ({
    page,
    baseURL,
  }) => {
    // The ladder's link as published, as its own page names it: the drawn embed's address.
    await page.goto('./scope-ladder.html');
    const published = await page.locator('meta[name="sanction-scope-link"]').getAttribute('content');
    const src = drawn ? `embed-scope-ladder.html${published}` : 'embed.html?v=1&p=scope-ladder&cv=20261126';
    const host = `${baseURL}/host-test.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><h1>Host article</h1>
        <iframe data-sanction-scope src="${src.replaceAll('&', '&amp;')}" title="Chart" style="width:100%;height:50px;border:0"></iframe>
        ${hostResizeScript()}</body></html>`,
      }),
    );
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(host);
    const frame = page.frameLocator('iframe[data-sanction-scope]');
    await expect(frame.locator('svg[role="img"]:visible .chart-row')).toHaveCount(7);
    await expect(frame.getByRole('link', { name: 'Open in Sanction Scope' })).toBeVisible();
    await expect
      .poll(async () => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(300);
    const inner = await frame.locator('html').evaluate((el) => el.getBoundingClientRect().height);
    const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(1);
  });

test('downloads: the SVG parses with its title and source line; the CSV has one row per scope', async ({ page }) => {
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      text: doc.documentElement.textContent ?? '',
      rows: doc.querySelectorAll('.chart-row').length,
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      title: doc.querySelector('.export-title')?.textContent ?? '',
      scripts: doc.querySelectorAll('script').length,
    };
  }, svg);
  expect(parsed.error).toBe('');
  // The article size by default, whatever the window; the finding is the file's title.
  expect(parsed.size).toEqual(['850', '600']);
  expect(parsed.title.replace(/[\u2068\u2069]/g, '')).toMatch(/^Central Committee and adult family would reach/);
  expect(parsed.text).toContain('The scope ladder');
  expect(parsed.text).toContain('Source: Sanction Scope estimate');
  expect(parsed.rows).toBe(7);
  expect(parsed.scripts).toBe(0);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const png = await readFile((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1700, 1200]);
  // A social card is 1200 × 630 (2400 × 1260 pixels in the PNG), a square one 1080 × 1080, from any window.
  for (const [size, pixels] of [
    ['social', [2400, 1260]],
    ['square', [2160, 2160]],
  ] as const) {
    await page.getByLabel('Image size').selectOption(size);
    const [cardDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const card = await readFile((await cardDownload.path())!);
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual(pixels);
  }

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const [, ...rows] = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
  expect(rows).toHaveLength(7);

  // The same numbers unrounded, as the command line's --json prints them.
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const record = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as {
    results: { reach: { median: number }; family?: { readings: unknown[] } }[];
    link: string;
  };
  expect(record.results).toHaveLength(7);
  expect(Number.isInteger(record.results[6]!.reach.median)).toBe(false);
  expect(record.results[6]!.family!.readings).toHaveLength(6);
  expect(record.link).toMatch(/\?v=2&p=scope-ladder/);
});

test('Cite gives the catalogue version, access date and permalink, in APA, Chicago and BibTeX', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite these numbers' });
  await expect(dialog).toContainText('figures catalogue 2026-11-26');
  await expect(dialog).toContainText(/\?v=2&p=scope-ladder&cv=20261126&k=\w{7}/);
  await expect(dialog).toContainText(/Retrieved \d{1,2} \w+ \d{4}, from/);
  await expect(dialog).toContainText('membership bulletins');
  await dialog.getByLabel('Chicago').check();
  await expect(dialog).toContainText(/Accessed \w+ \d{1,2}, \d{4}\./);
  await dialog.getByLabel('BibTeX').check();
  await expect(dialog.locator('pre')).toContainText('@misc{sanctionscope2026');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Copy as debate card puts the finding as its tag, the citation and each scope in words on the clipboard, as rich text', async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('./');
  const finding = (await findingText(page)).trim();
  await page.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite these numbers' });
  await dialog.getByRole('button', { name: 'Copy as debate card' }).click();
  await expect(dialog).toContainText('Debate card copied');
  const { html, text } = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (await item!.getType(type)).text();
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  expect(html).toContain(`<p><strong>${finding.replaceAll('&', '&amp;')}</strong></p>`);
  expect(html).toContain('<strong>Sanction Scope 2026</strong>');
  const lines = text.split('\n');
  expect(lines[0]).toBe(finding);
  expect(lines[1]).toMatch(
    /^Sanction Scope 2026\. .*Retrieved \d{1,2} \w+ \d{4}, from http.*scope-ladder\.html\?v=2&p=scope-ladder/,
  );
  // The evidence: the reading, one sentence per scope (seven), where the numbers come from.
  expect(text).toContain('Named officials (Global Magnitsky, July 2020)');
  expect(lines.at(-1)).toMatch(/^Source: Sanction Scope estimate, figures catalogue 2026-11-26/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("Download PNG hands the card to the phone's share sheet, with the finding and the link", async ({ page }) => {
    // The share sheet itself is the phone's: stood in for, to see what it is given.
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.assign(navigator, {
        canShare: (data: { files?: File[] }) => (data.files ?? []).every((file) => file.type === 'image/png'),
        share: async (data: { files: File[]; title: string; text: string }) =>
          void shared.push({
            files: data.files.map((file) => [file.name, file.type, file.size > 10_000]),
            title: data.title,
            text: data.text,
          }),
      });
    });
    await page.goto('./');
    await expect(chartRows(page)).toHaveCount(7);
    await page.getByLabel('Image size').selectOption('square');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    await expect.poll(() => page.evaluate(() => (window as { __shared?: unknown[] }).__shared!.length)).toBe(1);
    const [shared] = (await page.evaluate(() => (window as { __shared?: unknown[] }).__shared)) as {
      files: unknown[];
      title: string;
      text: string;
    }[];
    expect(shared!.files).toEqual([['the-scope-ladder-from-four-named-officials-to-all-party.png', 'image/png', true]]);
    expect(shared!.text.replace(/[\u2068\u2069]/g, '')).toContain(await findingText(page));
    expect(shared!.text).toMatch(/https?:\/\/\S+scope-ladder\.html\?v=2&p=scope-ladder&cv=\d{8}&k=\w+$/);
  });
});
