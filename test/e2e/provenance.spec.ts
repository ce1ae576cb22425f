import { readFile } from 'node:fs/promises';
import { parseCsv } from '../helpers/parseCsv';
import { chartRows, expect, showTab, signed, test } from './fixtures';

// Issue 12: a shared number is never silently different. An edited preset says so wherever its
// numbers go; links from apps that add tracking are read quietly; a link cannot buy a noisy
// interval; undo and redo; a failed download gets a message and a retry.

const PROVENANCE =
  /^Modified from the preset “\u2068State Department visa rule for Party members, December 2020\u2069”: parents added to “\u2068Members and immediate family\u2069”\.$/;
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

async function addParents(page: import('@playwright/test').Page) {
  await page.goto(`./?${signed('v=2&p=visa-rule-2020')}`);
  await expect(chartRows(page)).toHaveCount(1);
  await showTab(page, 'Assumptions');
  await page.locator('summary', { hasText: 'Members and immediate family' }).click();
  await page.getByRole('checkbox', { name: 'Parents', exact: true }).check();
  await expect(page.locator('[data-provenance]')).toHaveText(PROVENANCE);
}

test('an edited preset carries its provenance on the page, in the embed, the SVG, PNG, CSV and citation', async ({
  page,
}) => {
  await addParents(page);
  const line = plain((await page.locator('[data-provenance]').textContent())!);
  await expect(page.locator('[data-shown-title]')).toHaveText(/\(modified\)$/);
  await expect(page).toHaveTitle(/\(modified\) – Sanction Scope$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Modified from the preset/);

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  // Named for the preset and marked: a cut title never gives an edited scenario the preset's file name.
  expect(svgDownload.suggestedFilename()).toBe('state-department-visa-rule-for-party-members-modified.svg');
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  const svgText = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent ?? '',
    svg,
  );
  expect(plain(svgText).replace(/\s+/g, ' ')).toContain(line.slice(0, 60));
  expect(plain(svgText)).toContain('(modified)');
  const svgHeight = Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);

  // The PNG is drawn from that SVG, footer and all: twice its size in pixels.
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const png = await readFile((await pngDownload.path())!);
  expect(png.readUInt32BE(20)).toBe(Math.round(svgHeight * 2));

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('state-department-visa-rule-for-party-members-modified.csv');
  const [header, row] = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
  expect(plain(row![header!.indexOf('provenance')]!)).toBe(line);
  expect(row![header!.indexOf('scenario')]).toMatch(/\(modified\)$/);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const record = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as Record<string, unknown> & {
    scenario: { title: string };
    provenance: { kind: string; line: string };
  };
  // The file opens with the marked title and the provenance, before any number.
  expect(Object.keys(record).slice(0, 2)).toEqual(['scenario', 'provenance']);
  expect(record.scenario.title).toMatch(/\(modified\)$/);
  expect(record.provenance.kind).toBe('modified');
  expect(plain(record.provenance.line)).toBe(line);

  await page.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite these numbers' });
  await expect(dialog).toContainText('(modified)');
  expect(plain((await dialog.textContent())!)).toContain(line);
  await page.keyboard.press('Escape');

  // The embed of the same link says the same.
  const query = new URL(page.url()).search;
  await page.goto(`./embed.html${query}`);
  await expect(chartRows(page)).toHaveCount(1);
  expect(plain((await page.locator('[data-provenance]').textContent())!)).toBe(line);
  await expect(page.locator('[data-shown-title]')).toHaveText(/\(modified\)$/);
});

test('a preset as published carries no provenance line', async ({ page }) => {
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  await expect(page.locator('[data-provenance]')).toHaveCount(0);
});

test('a link with tracking parameters opens without an alert', async ({ page }) => {
  await page.goto(`./?${signed('v=2&p=visa-rule-2020&seed=7')}&fbclid=IwAR0abc&utm_source=newsletter`);
  await expect(chartRows(page)).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('[data-provenance]')).toContainText("seed 7 (the preset's is 20201202)");
});

test('a link asking for one draw is raised to 1,000, with a notice', async ({ page }) => {
  await page.goto(`./?${signed('v=2&p=visa-rule-2020&n=1')}`);
  await expect(page.getByRole('alert')).toContainText('This link asks for 1 draws; 1,000 are used');
  await expect(page.locator('[data-provenance]')).toContainText('1,000 draws (the preset uses 10,000)');
});

test('a cut link says what it lost', async ({ page }) => {
  const whole = signed('v=2&p=scope-ladder&a=m2~0.85-0.87-0.94');
  await page.goto(`./?${whole.slice(0, whole.indexOf('0.94') + 3)}`);
  await expect(page.getByRole('alert')).toContainText('This link was cut short inside its changed assumptions');
});

test('undo and redo restore the previous state, from buttons and the keyboard', async ({ page }) => {
  await page.goto('./');
  await expect(chartRows(page)).toHaveCount(7);
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('magnitsky-2020');
  await expect(chartRows(page)).toHaveCount(2);
  await showTab(page, 'Assumptions');
  await page.locator('summary[aria-label="Arrange Asset block: four officials"]').click();
  await page.getByRole('button', { name: 'Remove Asset block: four officials' }).click();
  await expect(chartRows(page)).toHaveCount(1);

  await undo.click();
  await expect(chartRows(page)).toHaveCount(2);
  await undo.click();
  await expect(chartRows(page)).toHaveCount(7);
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue('scope-ladder');
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(chartRows(page)).toHaveCount(2);

  // From the keyboard, with focus outside any text field.
  await redo.focus();
  await page.keyboard.press('Control+z');
  await expect(chartRows(page)).toHaveCount(7);
  await page.keyboard.press('Control+Shift+z');
  await expect(chartRows(page)).toHaveCount(2);
  await page.keyboard.press('Control+y');
  await expect(chartRows(page)).toHaveCount(1);
});

for (const [page_, name] of [
  ['./', 'the app'],
  ['./embed.html', 'the embed'],
] as const) {
  test(`a blocked preset download shows a message and a working retry in ${name}`, async ({ page, problems }) => {
    const link = `${page_}?${signed('v=2&p=stop-ccp-act')}`;
    await page.route(/stop-ccp-act.*\.js$/, (route) => route.abort());
    await page.goto(link);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not load');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.unroute(/stop-ccp-act.*\.js$/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(chartRows(page)).toHaveCount(2);
    // The failed request logged an error, as it should; nothing else did.
    const others = problems.filter(
      (p) => !/Failed to load resource|Failed to fetch dynamically imported module|net::ERR_FAILED/.test(p),
    );
    problems.length = 0;
    expect(others).toEqual([]);
  });
}
