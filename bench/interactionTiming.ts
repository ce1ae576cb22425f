import type { Browser, Page } from '@playwright/test';

/** Key presses typed into a field with real input events, timed by the browser's Event Timing. */
export interface KeystrokeTiming {
  keystrokes: number;
  /** Keystroke to the next paint (Event Timing: an interaction's longest event), ms. */
  medianMs: number;
  p90Ms: number;
  /** Long tasks (over 50 ms) while typing, and the longest, ms (0 when none). */
  longTasks: number;
  longestTaskMs: number;
}

/** Event Timing reports only events of 16 ms or more: shorter interactions count as 16 ms. */
const EVENT_TIMING_FLOOR_MS = 16;

/**
 * Types `keys` into the field `selector` (already on the page) as a reader would, one real key
 * press at a time, and reads what the browser itself measured: each interaction's time from the
 * key press to the next frame painted (Event Timing), and every long task meanwhile.
 */
export async function timeKeystrokes(page: Page, selector: string, keys: readonly string[]): Promise<KeystrokeTiming> {
  const field = page.locator(selector);
  await field.focus();
  await page.evaluate((floor) => {
    const store = { interactions: new Map<number, number>(), tasks: [] as number[] };
    (window as { __timing?: typeof store }).__timing = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        if (entry.interactionId)
          store.interactions.set(
            entry.interactionId,
            Math.max(store.interactions.get(entry.interactionId) ?? 0, entry.duration),
          );
    }).observe({ type: 'event', durationThreshold: floor, buffered: false } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  }, EVENT_TIMING_FLOOR_MS);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(120);
  }
  // The last interaction's entry arrives after its frame.
  await page.waitForTimeout(500);
  const { timed, tasks } = await page.evaluate(() => {
    const store = (window as { __timing?: { interactions: Map<number, number>; tasks: number[] } }).__timing!;
    return { timed: [...store.interactions.values()], tasks: [...store.tasks] };
  });
  const all = [...timed, ...Array<number>(Math.max(0, keys.length - timed.length)).fill(EVENT_TIMING_FLOOR_MS)].sort(
    (a, b) => a - b,
  );
  return {
    keystrokes: keys.length,
    medianMs: all[Math.floor(all.length / 2)]!,
    p90Ms: all[Math.min(all.length - 1, Math.ceil(all.length * 0.9) - 1)]!,
    longTasks: tasks.length,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
  };
}

/** A timing over fresh loads (a page's first chart, the drawn page's first use): the median and each run, ms. */
export interface FirstChart {
  medianMs: number;
  runsMs: number[];
}

/**
 * Runs `once` `runs` times, each on a fresh page at 1280 × 800 with the CPU slowed `cpuSlowdown`
 * times (Chromium's own throttling), and gives the median of what each run measured, ms.
 */
async function medianOfRuns(
  browser: Browser,
  runs: number,
  cpuSlowdown: number,
  once: (page: Page) => Promise<number>,
): Promise<FirstChart> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    runsMs.push(await once(page));
    await context.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs };
}

/**
 * Opens `url` `runs` times, each in a fresh context with the CPU slowed `cpuSlowdown` times
 * (Chromium's own throttling), and times the first chart: from navigation start to the animation
 * frame after the first dot of a chart (`svg[role="img"] circle`) is in the page. The app, the
 * embed and the floor page are timed alike.
 */
export function timeFirstChart(browser: Browser, url: string, runs: number, cpuSlowdown: number): Promise<FirstChart> {
  return medianOfRuns(browser, runs, cpuSlowdown, async (page) => {
    // A string, not a function: the bench runs through tsx, whose helpers a page does not have.
    await page.addInitScript(`{
      const observer = new MutationObserver(() => {
        if (!document.querySelector('svg[role="img"] circle')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__firstChartMs = performance.now(); });
      });
      observer.observe(document, { childList: true, subtree: true });
    }`);
    await page.goto(url);
    await page.waitForFunction(() => (window as { __firstChartMs?: number }).__firstChartMs !== undefined, null, {
      timeout: 60_000,
    });
    return page.evaluate(() => (window as { __firstChartMs?: number }).__firstChartMs!);
  });
}

/**
 * What waiting for the reader costs: opens the app's page drawn at build time `runs` times (fresh
 * context, CPU slowed `cpuSlowdown` times), clicks its Table tab as a reader's first use, and times
 * from the click to the frame after the live page shows that tab selected (its download, start,
 * mount, and the click made again on it), ms.
 */
export function timeFirstUse(browser: Browser, url: string, runs: number, cpuSlowdown: number): Promise<FirstChart> {
  return medianOfRuns(browser, runs, cpuSlowdown, async (page) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // A string, not a function: the bench runs through tsx, whose helpers a page does not have.
    await page.evaluate(`{
      document.addEventListener('click', () => { window.__clickAt = performance.now(); }, { capture: true, once: true });
      new MutationObserver((_, observer) => {
        const tab = [...document.querySelectorAll('[role="tab"][aria-selected="true"]')]
          .find((element) => element.textContent === 'Table' && !element.closest('.prerendered'));
        if (!tab) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__answeredAt = performance.now(); });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    }`);
    await page.locator('.prerendered').getByRole('tab', { name: 'Table', exact: true }).click();
    await page.waitForFunction(() => (window as { __answeredAt?: number }).__answeredAt !== undefined, null, {
      timeout: 60_000,
    });
    return page.evaluate(() => {
      const at = window as { __answeredAt?: number; __clickAt?: number };
      return at.__answeredAt! - at.__clickAt!;
    });
  });
}
