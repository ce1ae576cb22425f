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
    await expect(page.locator('.chart-section svg[role="img"]').first()).toBeVisible();
    // The print layout arrives once the page is idle; the browser asks for it before printing.
    await expect
      .poll(async () => {
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        return page.locator('.print-sheet').count();
      })
      .toBe(1);
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
