import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { AXE_TAGS } from './budgets';
import { presetLink, worstCaseLink } from './benchLinks';
import { shareLinkChars } from './linkLength';

/** One axe scan: which page state, and the rules it broke. */
export interface AxeScan {
  what: string;
  violations: string[];
}

export interface BrowserFigures {
  axeScans: AxeScan[];
  /** Every URL requested outside the page's origin, across all pages and states visited. */
  externalRequests: string[];
  /** Assumption edit to the chart's DOM updated and to the next frame painted, ms. */
  editToDom: { medianMs: number; worstMs: number };
  editToFrame: { medianMs: number; worstMs: number };
  edits: number;
  /** The ladder's share link after one assumption edit, as the address bar shows it. */
  ladderQueryAfterOneEdit: string;
  ladderLinkChars: number;
  /** Typing in a scope's name on the worst case (`worstCaseLink`): long tasks while typing. */
  labelTyping: LabelTyping;
}

/** Long tasks (over 50 ms, the browser's own threshold) while typing a scope's name. */
export interface LabelTyping {
  keystrokes: number;
  longTasks: number;
  /** The longest task while typing, ms; 0 when none reached 50 ms. */
  longestTaskMs: number;
  /** Characters of the link typed into (the compact form). */
  linkChars: number;
}

const EDITED_INPUT = '#assumption-marriedShare31to60-mode';

async function axe(page: Page, what: string): Promise<AxeScan> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return {
    what,
    violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  };
}

/** Opens the card's Assumptions tab (its body loads on first open) and waits for the field edited. */
async function openAssumptions(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Assumptions', exact: true }).click();
  await page.locator(EDITED_INPUT).waitFor();
}

/** The card's tabs, in order. */
const TABS = ['Chart', 'Table', 'Claims', 'What drives it', 'Assumptions', 'Sources'];

/**
 * Waits until the open tab panel's markup stops changing for 300 ms: its parts, downloaded on the
 * tab's first open, have arrived and drawn, and so have numbers made in the worker. (Waiting for
 * the network to go idle does not do this: Playwright reports that state once per page load.)
 */
async function panelSettled(page: Page): Promise<void> {
  const panel = page.locator('[role="tabpanel"]:not([hidden])');
  let last: string | undefined;
  for (let check = 0; check < 50; check++) {
    const markup = await panel.innerHTML();
    if (markup === last) return;
    last = markup;
    await page.waitForTimeout(300);
  }
  throw new Error('the open tab panel was still changing after 15 s');
}

/** Opens each of the card's tabs in turn, opens every disclosure in it, and runs axe on each. */
async function auditEveryTab(page: Page, width: number): Promise<AxeScan[]> {
  const scans: AxeScan[] = [];
  for (const tab of TABS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    // A tab's panel downloads its parts on first open: let them arrive before opening what they hold.
    await panelSettled(page);
    const summaries = page.locator('[role="tabpanel"]:not([hidden]) details:not([open]) > summary');
    for (let guard = 0; guard < 30 && (await summaries.count()) > 0; guard++) await summaries.first().click();
    await page
      .waitForFunction(
        () => !document.querySelector('[role="tabpanel"]:not([hidden])')?.textContent?.includes('Loading'),
        undefined,
        { timeout: 20_000 },
      )
      .catch(() => {
        throw new Error(`${tab} tab at ${width} px: a part opened in it was still loading after 20 s`);
      });
    await panelSettled(page);
    scans.push(await axe(page, `app at ${width} px, ${tab} tab, every disclosure open`));
  }
  await page.getByRole('tab', { name: 'Chart', exact: true }).click();
  return scans;
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, worstMs: sorted.at(-1)! };
};

/**
 * Everything measured in a real browser: axe on the app (every tab of the card with every
 * disclosure in it open, both chart views, both widths), every dialog and the embed; requests leaving the origin; edit-to-chart timings; and the
 * ladder's share link after one edit.
 *
 * @param baseUrl where the built app is served, ending in '/'
 * @param edits timed edits (at least 5)
 */
export async function runBrowserAudits(browser: Browser, baseUrl: string, edits: number): Promise<BrowserFigures> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      externalRequests.push(url);
  });
  const page = await context.newPage();
  const axeScans: AxeScan[] = [];
  try {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(baseUrl);
      axeScans.push(...(await auditEveryTab(page, width)));
      await page.getByLabel('Share of China').check();
      axeScans.push(await axe(page, `app at ${width} px, share view`));
      for (const [button, name] of [
        ['Embed', 'Embed this chart'],
        ['Cite', 'Cite these numbers'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        await page.getByRole('dialog', { name }).waitFor();
        axeScans.push(await axe(page, `“${name}” dialog at ${width} px`));
        await page.keyboard.press('Escape');
      }
    }
    await page.goto(`${baseUrl}?v=1&p=scope-ladder&seed=x&cv=20250101`);
    await page.getByRole('alert').first().waitFor();
    axeScans.push(await axe(page, 'app with a link notice'));
    for (const [address, what] of [
      [`embed.html?${presetLink('scope-ladder')}`, 'embed'],
      [`embed-scope-ladder.html?${presetLink('scope-ladder')}`, 'embed drawn at build time'],
      [`embed.html?${presetLink('visa-rule-2020', { view: 'share' })}&plain=1`, 'embed, share view, plain'],
    ] as const) {
      await page.goto(`${baseUrl}${address}`);
      await page.locator('svg[role="img"]:visible').waitFor();
      axeScans.push(await axe(page, what));
    }

    // One edit, then the address bar after its debounce: the link a reader would copy.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(baseUrl);
    await page.locator('svg[role="img"]:visible .chart-row').first().waitFor();
    await openAssumptions(page);
    await page.locator(EDITED_INPUT).fill('91');
    await page.waitForURL((url) => url.search.includes('a=m2'));
    const ladderQueryAfterOneEdit = new URL(page.url()).search.slice(1);

    await page.goto(baseUrl);
    await page.locator('svg[role="img"]:visible .chart-row').first().waitFor();
    await openAssumptions(page);
    const samples = await page.evaluate(
      async ({ count, selector }) => {
        const input = document.querySelector(selector) as HTMLInputElement;
        // The chart beside the editors in the Assumptions tab: what the reader sees change.
        const chart = document.querySelector('.live svg[role="img"]')!;
        const results: { dom: number; frame: number }[] = [];
        for (let i = 0; i < count; i++) {
          const before = chart.textContent;
          const start = performance.now();
          const domUpdated = new Promise<number>((done, fail) => {
            const observer = new MutationObserver(() => {
              if (chart.textContent !== before) {
                observer.disconnect();
                done(performance.now() - start);
              }
            });
            observer.observe(chart, { subtree: true, characterData: true, childList: true, attributes: true });
            // An edit the chart never shows is a failure to report, not a wait until the test's timeout.
            setTimeout(() => {
              observer.disconnect();
              fail(new Error(`edit ${i + 1}: the chart did not change within 20 s (field reads "${input.value}")`));
            }, 20_000);
          });
          input.value = i % 2 === 0 ? '88' : '91';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const dom = await domUpdated;
          const frame = await new Promise<number>((done) =>
            requestAnimationFrame(() => done(performance.now() - start)),
          );
          results.push({ dom, frame });
          await new Promise((r) => setTimeout(r, 50));
        }
        return results;
      },
      { count: Math.max(5, edits), selector: EDITED_INPUT },
    );
    const labelTyping = await measureLabelTyping(page, baseUrl);
    return {
      axeScans,
      externalRequests,
      editToDom: stats(samples.map((s) => s.dom)),
      editToFrame: stats(samples.map((s) => s.frame)),
      edits: samples.length,
      ladderQueryAfterOneEdit,
      ladderLinkChars: shareLinkChars(ladderQueryAfterOneEdit),
      labelTyping,
    };
  } finally {
    await context.close();
  }
}

/**
 * Types 20 characters into the first scope's name on the worst-case link (twelve scopes with
 * 200-character Chinese names, 100,000 draws) with real key events, and records every long task
 * the browser reports meanwhile. Names are not model inputs, so no keystroke should re-run the
 * estimate.
 */
export async function measureLabelTyping(page: Page, baseUrl: string): Promise<LabelTyping> {
  const link = worstCaseLink();
  await page.goto(`${baseUrl}?${link}`);
  await page.locator('.chart-section svg[role="img"]:visible .chart-row').nth(11).waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Assumptions', exact: true }).click();
  await page.locator('.scopes details > summary').first().click();
  const name = page.getByLabel('Scope name').first();
  await name.waitFor();
  await name.press('End');
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as { __longTasks?: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const typed = ' renamed by a reader';
  await name.pressSequentially(typed, { delay: 30 });
  // Let the last keystroke's work and the address bar's debounce finish.
  await page.waitForTimeout(600);
  const tasks = await page.evaluate(() => [...((window as { __longTasks?: number[] }).__longTasks ?? [])]);
  // A control: an 80 ms task of our own must be seen, or the figure above would mean nothing.
  await page.evaluate(() => {
    setTimeout(() => {
      const start = performance.now();
      while (performance.now() - start < 80);
    });
  });
  await page.waitForTimeout(200);
  const seen = await page.evaluate(() => (window as { __longTasks?: number[] }).__longTasks?.length ?? 0);
  if (seen <= tasks.length) throw new Error('The long-task observer missed an 80 ms control task.');
  return {
    keystrokes: typed.length,
    longTasks: tasks.length,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
    linkChars: link.length,
  };
}
