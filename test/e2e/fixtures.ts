import { test as base, expect, type Page } from '@playwright/test';
import { linkChecksum } from '../../src/link/linkChecksum';

/**
 * Every e2e test fails if the page logs an error, throws, or requests anything from another
 * origin: the app must work offline from any static host.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`request: ${url}`);
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The body rows of the results table. */
export function tableRows(page: Page) {
  return page.getByRole('table', { name: 'People reached, by scope' }).locator('tbody tr');
}

/**
 * The scope rows drawn on the card's reach chart (its Chart tab, open or not): the live page's
 * chart, or, on a page drawn at build time, the copy of it shown at the page's width.
 */
export function chartRows(page: Page) {
  // A scope's row, not a claim's: claims made about a preset are drawn as rows of their own.
  const row = '.chart-row:not(.claim-row)';
  return page.locator(
    `.chart-section svg[role="img"]:not(.static-chart > svg) ${row}, .chart-section .static-chart:visible > svg ${row}`,
  );
}

/** Opens one of the card's tabs (Chart, Table, Claims, What drives it, Assumptions, Sources). */
export async function showTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The card's headline: the finding in words, without the isolation marks around names. */
export async function findingText(page: Page): Promise<string> {
  const text = await page.locator('[data-finding]').textContent();
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

/**
 * A hand-written link query made whole, as the app writes links: format 2, ending with the
 * figures version and the check code over everything before it (see `linkPairs`).
 */
export function signed(query: string): string {
  const body = `${query.replace(/^v=\d+/, 'v=2')}&cv=20261126`;
  return `${body}&k=${linkChecksum([...new URLSearchParams(body)])}`;
}
