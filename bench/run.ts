/**
 * `npm run bench`: builds the app, measures every figure with a budget in bench/budgets.ts, prints
 * one table and writes it to bench/latest.json. Timings and Lighthouse scores are printed and
 * recorded, never a pass or fail; the deterministic budgets are checked by the test command
 * (test/bench/). Exits 1 only if a measurement itself fails.
 *
 * Usage: npm run bench [-- --runs 50 --edits 30 --lighthouse-runs 3]
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { presetLink } from './benchLinks';
import { runBrowserAudits } from './browserAudits';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { checkBudgets, formatFigure, formatVerdicts, type Figures } from './checkBudgets';
import { measureEstimator } from './estimator';
import { runLighthouse } from './lighthouse';
import { measureBundle } from './measureBundle';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    edits: { type: 'string', default: '30' },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
const root = resolve(import.meta.dirname, '..');
// Not 4190: fetch refuses it (a "bad port" in the Fetch standard). Not 4173: the e2e tests' port.
const port = 4185;
const baseUrl = `http://127.0.0.1:${port}/`;
const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']) || 3);

function step(what: string) {
  process.stderr.write(`bench: ${what}…\n`);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

step('building');
execFileSync('npm', ['run', '--silent', 'build', '--', '--logLevel', 'error'], { cwd: root, stdio: 'ignore' });
const bundle = measureBundle(join(root, 'dist'));

step('timing the estimator');
const estimator = await measureEstimator(Number(values.runs) || 50);

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
let report;
try {
  await waitForServer();
  step('auditing in Chromium (axe, requests, edit to chart, link)');
  const audits = await runBrowserAudits(browser, baseUrl, Number(values.edits) || 30);
  step(`Lighthouse, ${lighthouseRuns} run(s) per page`);
  const lighthouse = {
    app: await runLighthouse(baseUrl, lighthouseRuns, CHROMIUM_PATH),
    embed: await runLighthouse(`${baseUrl}embed.html?${presetLink('scope-ladder')}`, lighthouseRuns, CHROMIUM_PATH),
  };
  const figures: Figures = {
    appJsBytes: bundle.app.jsInitial,
    appCssBytes: bundle.app.cssInitial,
    embedJsBytes: bundle.embed.jsInitial,
    embedCssBytes: bundle.embed.cssInitial,
    estimatorMedianMs: estimator.medianMs,
    editToChartMedianMs: audits.editToFrame.medianMs,
    appLighthouseScore: lighthouse.app.score,
    embedLighthouseScore: lighthouse.embed.score,
    appLcpMs: lighthouse.app.lcpMs,
    embedLcpMs: lighthouse.embed.lcpMs,
    appCls: lighthouse.app.cls,
    embedCls: lighthouse.embed.cls,
    axeViolations: audits.axeScans.reduce((sum, scan) => sum + scan.violations.length, 0),
    externalRequests: audits.externalRequests.length,
    ladderLinkChars: audits.ladderLinkChars,
  };
  const verdicts = checkBudgets(figures);
  report = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, chromium: browser.version(), cpus: cpus().length },
    figures,
    budgets: verdicts.map(({ key, budget, value, status }) => ({ key, label: budget.label, value, status })),
    detail: { bundle, estimator, lighthouse, audits },
  };

  const kb = (bytes: number) => formatFigure(bytes, 'B');
  const ms = (value: number) => formatFigure(value, 'ms');
  console.log(
    `Sanction Scope bench, ${report.measuredAt.slice(0, 10)}: Node ${process.version}, Chromium ${browser.version()}, ${cpus().length} CPUs\n`,
  );
  console.log(formatVerdicts(verdicts));
  console.log('\nDetail');
  console.log(
    `  app JS: ${kb(bundle.app.jsInitial)} with the page + ${kb(bundle.app.jsOnDemand)} on demand (panels, exports, scope editor, link parser); CSS ${kb(bundle.app.cssInitial)} + ${kb(bundle.app.cssOnDemand)}`,
  );
  console.log(
    `  embed JS: ${kb(bundle.embed.jsInitial)} with the page and its default preset; ${kb(bundle.embed.jsOnDemand)} more on demand (another preset a link names, and the link parser for an edited link); CSS ${kb(bundle.embed.cssInitial)}`,
  );
  console.log(
    `  estimator: ${estimator.scopes} scopes, ${estimator.runs} runs: median ${ms(estimator.medianMs)}, min ${ms(estimator.minMs)}, p90 ${ms(estimator.p90Ms)}, max ${ms(estimator.maxMs)}`,
  );
  console.log(
    `  edit to chart, ${audits.edits} edits: DOM updated median ${ms(audits.editToDom.medianMs)} (worst ${ms(audits.editToDom.worstMs)}); next frame median ${ms(audits.editToFrame.medianMs)} (worst ${ms(audits.editToFrame.worstMs)})`,
  );
  for (const [page, l] of Object.entries(lighthouse))
    console.log(
      `  Lighthouse ${page} (median of ${l.runs}): score ${l.score}, LCP ${ms(l.lcpMs)}, TBT ${ms(l.tbtMs)}, CLS ${l.cls.toFixed(3)}, total ${kb(l.totalBytes)} transferred`,
    );
  console.log(
    `  axe: ${audits.axeScans.length} scans: ${audits.axeScans.map((s) => `${s.what} (${s.violations.length})`).join('; ')}`,
  );
  for (const scan of audits.axeScans) for (const v of scan.violations) console.log(`    ${scan.what}: ${v}`);
  console.log(
    `  requests outside the origin: ${audits.externalRequests.length}${audits.externalRequests.map((u) => `\n    ${u}`).join('')}`,
  );
  const typing = audits.labelTyping;
  console.log(
    `  typing a scope's name on the worst case (12 scopes with 200-character Chinese names, 100,000 draws; a ${typing.linkChars.toLocaleString('en-US')}-character link): ${typing.keystrokes} keystrokes, ${typing.longTasks} long tasks, longest ${ms(typing.longestTaskMs)} (target: none over 50 ms)`,
  );
  console.log(
    `  ladder link after one edit: ?${audits.ladderQueryAfterOneEdit} (${audits.ladderQueryAfterOneEdit.length + 1} chars after the address)`,
  );
} finally {
  await browser.close();
  try {
    process.kill(-server.pid!);
  } catch {
    server.kill();
  }
}
writeFileSync(join(root, 'bench/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWritten to bench/latest.json');
