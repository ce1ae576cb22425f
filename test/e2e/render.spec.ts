import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadRenderMarkup, runRender, type RenderMarkup } from '../../src/cli/runRender';
import { claimsOnChart } from '../../src/claims/claimsOnChart';
import { parseClaimsJson } from '../../src/claims/parseClaims';
import { loadPreset, PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';
import { expect, test } from './fixtures';

/**
 * The page's charts and `npm run render`'s files come from the same Svelte components; this checks
 * they draw the same thing. For each preset and both charts, at a wide and a phone-sized window, the
 * chart on the page is compared with `runRender` (the command's logic, with its own server
 * renderer: the process edge around it is tested in test/cli/runRender.test.ts) at the width the
 * page measured: rows in the same order with the same names, value labels and marks (positions
 * to 0.1 px), the same reference labels, ticks and axis title.
 */

// The server renderer compiles the components once per worker (about a second); each render is fast.
let renderer: Promise<RenderMarkup> | undefined;
const serverRenderer = () => (renderer ??= loadRenderMarkup());

/** What a chart draws, read in the page, from the live chart or from a rendered file's markup. */
interface ChartContent {
  widthPx: number;
  heightPx: number;
  rows: { id: string | null; name: string; label: string; marks: string[] }[];
  references: string[];
  axis: string[];
}

/**
 * Runs in the page (Playwright sends its source), so it is self-contained. With `markup`, reads
 * the chart `<svg>` nested in a rendered file; without, the chart on the page.
 */
function readChart(markup: string | null): ChartContent {
  const chart = markup
    ? new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement.querySelector('svg')
    : document.querySelector('.chart-section svg[role="img"]');
  if (!chart) throw new Error('no chart');
  const lines = (element: Element | null) =>
    element ? [...element.querySelectorAll('tspan')].map((tspan) => tspan.textContent).join(' ') : '';
  // Own text only: a reference label's <title> holds its long form.
  const ownText = (element: Element) =>
    [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
  const GEOMETRY = ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2'];
  const mark = (element: Element) =>
    [
      element.localName,
      element.getAttribute('class') ?? '',
      ...GEOMETRY.filter((name) => element.hasAttribute(name)).map(
        (name) => `${name}=${Number(element.getAttribute(name)).toFixed(1)}`,
      ),
    ].join(' ');
  return {
    widthPx: Number(chart.getAttribute('width')),
    heightPx: Number(chart.getAttribute('height')),
    rows: [...chart.querySelectorAll('.chart-row')].map((row) => ({
      id: row.getAttribute('data-row-id'),
      name: lines(row.querySelector('.row-name')),
      label: lines(row.querySelector('.value-label')),
      marks: [...row.querySelectorAll('rect, line')].map(mark),
    })),
    references: [...chart.querySelectorAll('text.reference-label')].map(ownText),
    axis: [...chart.querySelectorAll('.axis text')].map(ownText),
  };
}

/** The chart on the page once it has laid out at its container's measured width. */
async function pageChart(page: Page): Promise<ChartContent> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const figure = document.querySelector('.chart-section figure');
        const svg = figure?.querySelector('svg[role="img"]');
        return !!svg && Math.max(280, figure!.clientWidth) === Number(svg.getAttribute('width'));
      }),
    )
    .toBe(true);
  return page.evaluate(readChart, null);
}

/** The same chart from the command, at `widthPx`, read the same way. */
async function renderedChart(page: Page, file: string, chart: 'reach' | 'share', widthPx: number) {
  const args = [join(SCENARIOS_DIR, file), '--chart', chart, '--width', String(widthPx), '--out', 'chart.svg'];
  // The page draws the claims made about a preset; the command does with --claims.
  if (chart === 'reach') args.push('--claims', join(SCENARIOS_DIR, 'claims.json'));
  const outcome = await runRender(args, (path) => readFileSync(path, 'utf8'), serverRenderer);
  expect(outcome.stderr).toBe('');
  return page.evaluate(readChart, outcome.output!);
}

const WINDOW_WIDTHS = [1280, 390];

for (const file of PRESET_FILES) {
  const preset = loadPreset(file);

  test(`${preset.id}: the page's charts and npm run render draw the same marks and labels`, async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption(preset.id);
    // A preset other than the default is downloaded when chosen: wait until it is shown.
    await expect(page.locator('p.description')).toHaveText(preset.description!);
    // The claims about it arrive after the chart: wait for them (rows only: no population is needed).
    const scopes = preset.scopes.map((scope) => ({ id: scope.id, population: 1 }));
    const claims = parseClaimsJson(readFileSync(join(SCENARIOS_DIR, 'claims.json'), 'utf8'));
    const claimCount = claims.ok ? claimsOnChart(claims.value, preset, preset, scopes).length : -1;
    await expect(page.locator('.chart-section .claim-row')).toHaveCount(claimCount);
    for (const chart of ['reach', 'share'] as const) {
      if (chart === 'share') await page.getByLabel('Share of China').check();
      for (const width of WINDOW_WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const onPage = await pageChart(page);
        const scopeRows = onPage.rows.filter((row) => !row.id?.startsWith('claim-'));
        expect(scopeRows.map((row) => row.id)).toEqual(preset.scopes.map((scope) => scope.id));
        // A log axis draws every shown reference line; a linear one only those inside its range.
        if (chart === 'reach' && onPage.axis.some((text) => /log scale/.test(text)))
          expect(onPage.references.length).toBeGreaterThan(0);
        const rendered = await renderedChart(page, file, chart, onPage.widthPx);
        expect(rendered, `${chart} chart at ${onPage.widthPx} px`).toEqual(onPage);
      }
    }
  });
}
