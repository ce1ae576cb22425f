import { chartRows, expect, findingText, showTab, test } from './fixtures';

// Issue 13: the answer first. The card states the finding in words, its chart is on a phone's
// first screen, every tab is on a laptop's, and the page is short.

const PRESETS = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];
const TABS = ['Chart', 'Table', 'Claims', 'What drives it', 'Assumptions', 'Sources'];

test("on a 360 × 740 phone the finding and every scope's marks are on the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  const title = await page.locator('[data-finding]').boundingBox();
  expect(title!.y).toBeGreaterThanOrEqual(0);
  expect(title!.y + title!.height).toBeLessThanOrEqual(740);
  for (const row of await chartRows(page).all()) {
    // Every mark of the row: the dot, the interval, the open diamond.
    for (const mark of await row.locator('circle, .interval line, path.core').all()) {
      const box = await mark.boundingBox();
      expect(box!.y + box!.height, (await row.getAttribute('data-row-id')) ?? '').toBeLessThanOrEqual(740);
    }
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a 1280 × 800 laptop every tab is on the first screen, and the page is under 2.5 screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  for (const tab of TABS) {
    const box = await page.getByRole('tab', { name: tab, exact: true }).boundingBox();
    expect(box!.x + box!.width, tab).toBeLessThanOrEqual(1280);
    expect(box!.y + box!.height, tab).toBeLessThanOrEqual(800);
  }
  const scrollHeightPx = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(scrollHeightPx).toBeLessThan(2.5 * 800);
});

test("the student's question is answered by the title, with a ratio and its interval", async ({ page }) => {
  // "How much wider is the STOP CCP Act than the 2020 Magnitsky designations?": the ladder's card.
  await page.goto('./');
  expect(await findingText(page)).toMatch(
    /^Central Committee and adult family would reach about [\d,]+ people \([\d,]+–[\d,]+\), (\d{3}) times \((\d{3})–(\d{3})\) as many as “Named officials \(Global Magnitsky, July 2020\)”\.$/,
  );
});

test('the claims made about a preset are drawn under the scope they speak of, and hide with one checkbox', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('member-visa-ban-2020');
  const claimRows = page.locator('.chart-section svg[role="img"]:visible .claim-row');
  await expect(claimRows).toHaveCount(4);
  const ids = await page
    .locator('.chart-section svg[role="img"]:visible .chart-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')));
  expect(ids.slice(0, 2)).toEqual(['members', 'members-and-families']);
  expect(ids).toHaveLength(6);
  expect(ids.slice(2).every((id) => id?.startsWith('claim-'))).toBe(true);
  await expect(claimRows.first()).toContainText('Claimed:');
  await expect(claimRows.first()).toContainText('Walter Lohman, The Daily Signal, 2020');
  // A claim row is not a scope: clicking it opens no editor.
  await claimRows.first().locator('rect.claim').click();
  await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  // The downloaded file draws what the page draws.
  const svgOf = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    return text;
  };
  expect((await svgOf()).match(/class="chart-row claim-row"/g)).toHaveLength(4);
  await expect(page).toHaveURL(/p=member-visa-ban-2020/);
  const shown = new URL(page.url()).search;
  await page.getByRole('checkbox', { name: 'Claims from public debate (4)' }).uncheck();
  await expect(claimRows).toHaveCount(0);
  expect(await svgOf()).not.toContain('claim-row');
  // The link says the claims are hidden, and the embed of each link draws what the page drew.
  await expect(page).toHaveURL(/claims=none/);
  const hidden = new URL(page.url()).search;
  const embedClaimRows = page.locator('svg[role="img"] .claim-row');
  await page.goto(`./embed.html${shown}`);
  await expect(embedClaimRows).toHaveCount(4);
  await page.goto(`./embed.html${hidden}`);
  await expect(page.locator('svg[role="img"] .chart-row')).toHaveCount(2);
  // Claims would come in a file of their own after the chart: none is asked for.
  await page.waitForLoadState('networkidle');
  await expect(embedClaimRows).toHaveCount(0);
  await page.goto(`./${hidden}`);
  await expect(page.getByRole('checkbox', { name: 'Claims from public debate (4)' })).not.toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The ladder's scopes are not the ones the claims were made about.
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('scope-ladder');
  await expect(chartRows(page)).toHaveCount(7);
  await expect(page.getByRole('checkbox', { name: /Claims from public debate/ })).toHaveCount(0);
});

for (const width of [1280, 360]) {
  test(`screenshots at ${width} px: every preset's card, every tab, every export size`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.goto('./');
    const picker = page.getByRole('combobox', { name: 'Scenario', exact: true });
    for (const preset of PRESETS) {
      await picker.selectOption(preset);
      await expect(page.locator('[data-shown-title]')).not.toHaveText('');
      await chartRows(page).first().waitFor();
      await page.screenshot({ path: `test-results/screenshots/card-${preset}-${width}.png` });
    }
    await picker.selectOption('scope-ladder');
    for (const tab of TABS) {
      await showTab(page, tab);
      // Give a downloaded panel a moment to arrive and draw.
      await page.waitForTimeout(tab === 'Claims' || tab === 'What drives it' ? 1500 : 300);
      const name = tab.toLowerCase().replaceAll(' ', '-');
      await page.screenshot({ path: `test-results/screenshots/tab-${name}-${width}.png`, fullPage: true });
    }
    await showTab(page, 'Chart');
    for (const size of ['article', 'social', 'print']) {
      await page.getByLabel('Image size').selectOption(size);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      await download.saveAs(`test-results/screenshots/export-${size}-from-${width}.png`);
    }
  });
}
