/**
 * Benchmark: time from an assumption edit to the updated chart, in Debian's Chromium, for the scope
 * ladder at 10,000 draws. Builds the app, serves it with `vite preview`, then edits the "Married
 * share, members aged 31-60" most-likely box repeatedly and times, inside the page, from the input
 * event to (a) the chart's DOM being updated and (b) the next frame being painted.
 * Prints figures; passes or fails nothing.
 *
 * Usage: npm run bench:edit [-- --edits N]
 */
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '30' } } });
const edits = Math.max(5, Number(values.edits) || 30);
const root = resolve(import.meta.dirname, '..');
// Not 4190: fetch refuses it (a "bad port" in the Fetch standard).
const port = 4185;

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
try {
  await waitForServer();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('svg[role="img"] .chart-row').first().waitFor();
  const samples = await page.evaluate(async (count) => {
    const input = document.getElementById('assumption-marriedShare31to60-mode') as HTMLInputElement;
    const chart = document.querySelector('svg[role="img"]')!;
    const results: { dom: number; frame: number }[] = [];
    for (let i = 0; i < count; i++) {
      const before = chart.textContent;
      const start = performance.now();
      const domUpdated = new Promise<number>((done) => {
        const observer = new MutationObserver(() => {
          if (chart.textContent !== before) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(chart, { subtree: true, characterData: true, childList: true, attributes: true });
      });
      input.value = i % 2 === 0 ? '88' : '91';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const dom = await domUpdated;
      const frame = await new Promise<number>((done) => requestAnimationFrame(() => done(performance.now() - start)));
      results.push({ dom, frame });
      await new Promise((r) => setTimeout(r, 50));
    }
    return results;
  }, edits);
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
  };
  const dom = stats(samples.map((s) => s.dom));
  const frame = stats(samples.map((s) => s.frame));
  const version = browser.version();
  console.log(`Edit to chart: scope ladder, 10,000 draws, ${edits} edits, Chromium ${version}`);
  console.log(`  chart DOM updated: median ${dom.median.toFixed(1)} ms, worst ${dom.max.toFixed(1)} ms`);
  console.log(`  next frame:        median ${frame.median.toFixed(1)} ms, worst ${frame.max.toFixed(1)} ms`);
  console.log(`  budget: median under 50 ms: ${frame.median < 50 ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  try {
    process.kill(-server.pid!);
  } catch {
    server.kill();
  }
}
