import { expect, signed, test } from './fixtures';

/** The pages of a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const [address, what] of [
  ['./', 'the default preset (the ladder, the longest)'],
  ['./stop-ccp-act.html', "a preset's own page"],
  [`./?${signed('v=2&p=stop-ccp-act&t=A%20changed%20title&ns=1&s=0')}`, 'an edited link'],
] as const)
  test(`prints ${what} as the card, its assumptions and its citation, on one A4 and one Letter page`, async ({
    page,
  }, testInfo) => {
    await page.goto(address);
    await expect(page.locator('.chart-section svg[role="img"]:visible').first()).toBeVisible();
    // The print layout arrives once the page is idle; the browser asks for it before printing.
    await expect
      .poll(async () => {
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        return page.locator('.print-sheet').count();
      })
      .toBe(1);
    // The sheet's ids do not repeat the page's (the drawn page's sheet is drawn apart from it).
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1032 });
    const sheet = page.locator('.print-sheet');
    await expect(page.locator('main')).toBeHidden();
    await expect(sheet.locator('[data-finding]')).toHaveText(
      (await page.locator('main [data-finding]').textContent()) ?? '',
    );
    await expect(sheet.locator('svg[role="img"]')).toHaveCount(1);
    await expect(sheet.getByRole('table')).toBeVisible();
    await expect(sheet.locator('.citation')).toContainText(/Retrieved \d+ \w+ 20\d\d, from http/);
    await testInfo.attach('print preview', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: null });
    await expect(sheet).toHaveCount(0);
    await expect(page.locator('main')).toBeVisible();

    // Printed for real: the browser asks the page for its print layout, and it fits one page.
    for (const format of ['A4', 'Letter'] as const) expect(pageCount(await page.pdf({ format })), format).toBe(1);
    await expect(sheet).toHaveCount(0);
  });

test('saves the scenario as one HTML file that opens from disk, without a network, and shows the same table', async ({
  page,
}, testInfo) => {
  const address = `./?${signed('v=2&p=stop-ccp-act&t=A%20changed%20%3Ctitle%3E&a=m2~0.85-0.91-0.94')}`;
  await page.goto(address);
  await expect(page.locator('.chart-section svg[role="img"]:visible').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table', { name: 'People reached, by scope' });
  const cells = async (root: import('@playwright/test').Locator) =>
    root.locator('tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.trim()));
  const shown = await cells(table);
  expect(shown).toHaveLength(2);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as one HTML file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('a-changed-title.html');
  // Opened from disk in a page of its own, with every request it makes counted.
  const saved = await page.context().newPage();
  const requests: string[] = [];
  saved.on('request', (request) => requests.push(request.url()));
  const file = testInfo.outputPath('saved.html');
  await download.saveAs(file);
  await saved.goto(`file://${file}`);
  await expect(saved).toHaveTitle('A changed <title> – Sanction Scope');
  await expect(saved.locator('[data-finding]')).toHaveText((await page.locator('main [data-finding]').textContent())!);
  expect(await cells(saved.getByRole('table', { name: 'People reached, by scope' }))).toEqual(shown);
  // The chart at a laptop's width and at a phone's, one shown at a time.
  await expect(saved.locator('svg[role="img"]')).toHaveCount(2);
  await expect(saved.locator('svg[role="img"]:visible')).toHaveCount(1);
  await expect(saved.locator('.citation')).toContainText('a=m2~0.85-0.91-0.94');
  await expect(saved.getByText('Show every column')).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  expect(await saved.locator('script').count()).toBe(0);
  await saved.close();
});
