// Node environment, as the command runs: jsdom only parses what it writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { chartSourceLine } from '../../src/report/chartSourceLine';
import { loadRenderMarkup, runRender, type RenderMarkup } from '../../src/cli/runRender';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { referenceLines } from '../../src/data/referenceLines';
import { loadPreset, PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(path, 'utf8');
const { DOMParser } = new JSDOM('').window;

// The renderer the command uses (Vite compiles the components for the server), loaded once.
let renderer: Promise<RenderMarkup> | undefined;
const serverRenderer = () => (renderer ??= loadRenderMarkup());

/** Runs the command's logic on a preset; fails the test unless it succeeds. */
async function render(file: string, ...flags: string[]): Promise<Document> {
  const outcome = await runRender([join(SCENARIOS_DIR, file), '--out', 'chart.svg', ...flags], read, serverRenderer);
  expect(outcome.stderr).toBe('');
  expect(outcome.exitCode).toBe(0);
  expect(outcome.outFile).toBe('chart.svg');
  return parse(outcome.output!);
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent).toBeUndefined();
  return doc;
}

/** A text's lines joined by spaces (a one-line text has no `<tspan>`). */
const lines = (doc: Document, selector: string) => {
  const text = doc.querySelector(selector);
  const tspans = [...(text?.querySelectorAll('tspan') ?? [])];
  return tspans.length > 0 ? tspans.map((tspan) => tspan.textContent).join(' ') : (text?.textContent ?? '');
};

describe('render, on every preset', () => {
  describe.each(PRESET_FILES)('%s', (file) => {
    const scenario = loadPreset(file);
    const year = Math.max(...scenario.scopes.map((scope) => scope.base.year));
    const shownByDefault = referenceLines(year).filter((line) => line.shownByDefault);

    it.each([
      ['reach', '.chart-row'],
      ['share', '.chart-row'],
    ])('--chart %s: one row per scope in order, the title, the key, the source line', async (chart, rowSelector) => {
      const doc = await render(file, '--chart', chart, '--link', 'https://example.org/?v=1&p=x');
      const svg = doc.documentElement;
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect([svg.getAttribute('width'), svg.getAttribute('viewBox')?.split(' ')[2]]).toEqual(['832', '832']);
      const inner = svg.querySelector('svg[role="img"]')!;
      expect(inner.getAttribute('width')).toBe('800');

      const rows = [...doc.querySelectorAll(rowSelector)];
      expect(rows.map((row) => row.getAttribute('data-row-id'))).toEqual(scenario.scopes.map((scope) => scope.id));
      for (const row of rows) expect(row.querySelector('.value-label')?.textContent?.trim()).not.toBe('');

      expect(lines(doc, '.export-title')).toBe(scenario.title);
      expect(svg.querySelector(':scope > title')?.textContent).toBe(scenario.title);
      expect(doc.querySelector('.export-key')?.textContent?.trim()).toMatch(
        chart === 'reach' ? /^People reached/ : /^Share of China's population reached/,
      );
      expect(lines(doc, '.export-source')).toBe(
        chartSourceLine({ catalogueVersion: CATALOGUE_VERSION, samples: scenario.samples, seed: scenario.seed }),
      );
      expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.org/?v=1&p=x');
      expect(doc.querySelectorAll('script')).toHaveLength(0);

      if (chart === 'reach') {
        // As on the page: the lines shown by default, for the latest scope year.
        const drawn = [...doc.querySelectorAll('.reference-line')].map((line) =>
          line.getAttribute('data-reference-id'),
        );
        // On a log axis every line shown by default; on a linear one those that fit its range.
        const log = /log scale/.test(doc.querySelector('.axis-title')?.textContent ?? '');
        if (log) {
          expect(drawn.sort()).toEqual(shownByDefault.map((line) => line.id).sort());
          expect(doc.querySelector('text.reference-label[data-reference-id="china"]')?.textContent).toContain(
            `China (${year})`,
          );
        } else expect(shownByDefault.map((line) => line.id)).toEqual(expect.arrayContaining(drawn));
      }
    });
  });
});

describe('render options', () => {
  it('lays the chart out at --width, names stacked over the bars when narrow', async () => {
    const doc = await render('scope-ladder.json', '--chart', 'reach', '--width', '360');
    expect(doc.documentElement.getAttribute('width')).toBe('392');
    const inner = doc.documentElement.querySelector('svg[role="img"]')!;
    expect(inner.getAttribute('width')).toBe('360');
    expect(inner.getAttribute('viewBox')).toBe(`0 0 360 ${inner.getAttribute('height')}`);
    const firstName = doc.querySelector('.chart-row .row-name tspan')!;
    expect(Number(firstName.getAttribute('x'))).toBe(0); // stacked: the name starts at the plot's edge
  });

  it('draws the share of adults with --basis adults', async () => {
    const population = await render('visa-rule-2020.json', '--chart', 'share');
    const adults = await render('visa-rule-2020.json', '--chart', 'share', '--basis', 'adults');
    expect(adults.querySelector('.axis-title')?.textContent).toMatch(/China's adults/);
    expect(adults.querySelector('.chart-row .value-label')?.textContent).not.toBe(
      population.querySelector('.chart-row .value-label')?.textContent,
    );
  });

  it('draws the reach chart when --chart is not given, as the page opens on it', async () => {
    const doc = await render('magnitsky-2020.json'); // two scopes: the asset block and the entry bar
    expect(doc.querySelectorAll('.chart-row')).toHaveLength(2);
  });

  it('draws the claims made about the preset with --claims, under the scope each speaks of', async () => {
    const claims = join(SCENARIOS_DIR, 'claims.json');
    const doc = await render('member-visa-ban-2020.json', '--claims', claims);
    const rows = [...doc.querySelectorAll('.chart-row')].map((row) => row.getAttribute('data-row-id'));
    expect(rows.slice(0, 2)).toEqual(['members', 'members-and-families']);
    expect(rows.slice(2)).toHaveLength(4);
    expect(rows.slice(2).every((id) => id?.startsWith('claim-'))).toBe(true);
    expect(doc.querySelectorAll('rect.claim')).toHaveLength(4 + 1); // one more in the key
    // A preset no claim is about, and the share chart, draw none.
    expect((await render('scope-ladder.json', '--claims', claims)).querySelector('.claim-row')).toBeNull();
    const share = await render('member-visa-ban-2020.json', '--claims', claims, '--chart', 'share');
    expect(share.querySelector('.claim-row')).toBeNull();
  });

  it('prints its usage with --help, exit 0', async () => {
    const outcome = await runRender(['--help'], read, serverRenderer);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    expect(outcome.stdout).toMatch(
      /^usage: npm run render -- <scenario.json> --out chart.svg \[--chart reach\|share\]/,
    );
  });
});

describe('render on bad input', () => {
  const ladder = join(SCENARIOS_DIR, 'scope-ladder.json');
  const good = [ladder, '--chart', 'reach', '--out', 'x.svg'];

  it.each([
    [['missing.json', '--chart', 'reach', '--out', 'x.svg'], [/^missing\.json: file not found$/m]],
    [[SCENARIOS_DIR, '--chart', 'reach', '--out', 'x.svg'], [/is a folder/]],
    [['--chart', 'reach', '--out', 'x.svg'], [/^no scenario file given$/m]],
    [[...good, 'b.json'], [/^one scenario file at a time; also got b\.json$/m]],
    [[...good, '--chart', 'pie'], [/^--chart must be reach or share, got "pie"$/m]],
    [[...good, '--basis', 'voters'], [/^--basis must be population or adults, got "voters"$/m]],
    [[...good, '--width', '50'], [/^--width must be a whole number of px from 280 to 4000, got "50"$/m]],
    [[...good, '--width', 'wide'], [/^--width must be a whole number/m]],
    [[...good, '--link', 'javascript:alert(1)'], [/^--link must be an http or https address/m]],
    [[ladder, '--chart', 'reach'], [/^--out is required: the SVG file to write$/m]],
    [[ladder, '--chart', 'reach', '--out', ladder], [/^--out must not be the scenario file$/m]],
    [[...good, '--frobnicate'], [/Unknown option '--frobnicate'/]],
    [[...good, '--claims', 'missing-claims.json'], [/^--claims missing-claims\.json: file not found$/m]],
    [[...good, '--claims', ladder], [/^--claims .*scope-ladder\.json: \S+/m]],
    [
      [ladder, '--chart', 'bar', '--width', '0'],
      [/^--chart must be/m, /^--width must be/m, /^--out is required/m],
    ],
  ])('%j exits 2 with one line per problem, and renders nothing', async (args, messages) => {
    const load = vi.fn(serverRenderer);
    const outcome = await runRender(args, read, load);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.output).toBeUndefined();
    for (const message of messages) expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(load).not.toHaveBeenCalled();
  });

  it('prints one line per problem in a bad scenario file: file, field path, what is wrong', async () => {
    const bad = JSON.stringify({ format: 'sanction-scope/scenario', version: 1, id: 'x', seed: 'one', scopes: [] });
    const outcome = await runRender(['bad.json', '--chart', 'share', '--out', 'x.svg'], () => bad, serverRenderer);
    expect(outcome.exitCode).toBe(2);
    const problems = outcome.stderr.trim().split('\n');
    expect(problems).toContain('bad.json: seed: seed must be a number');
    expect(problems).toContain('bad.json: scopes: a scenario needs at least one scope');
    for (const line of problems) expect(line).toMatch(/^bad\.json: [\w.[\]]+: .+/);
    expect(
      (await runRender(['bad.json', '--chart', 'share', '--out', 'x.svg'], () => '{', serverRenderer)).stderr,
    ).toMatch(/^bad\.json: \(whole file\): /);
  });
});

describe('npm run render, as a process', () => {
  it('writes the SVG file and prints nothing on stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sanction-scope-render-')), 'ladder.svg');
    const run = spawnSync(
      'npm',
      ['run', '-s', 'render', '--', 'scenarios/scope-ladder.json', '--chart', 'reach', '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(parse(read(out)).querySelectorAll('.chart-row')).toHaveLength(7);
  }, 30_000);

  it('exits 2 with the problem on stderr and no stack trace', () => {
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/cli/render.ts', 'no-such-file.json', '--chart', 'reach', '--out', join(tmpdir(), 'never.svg')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('no-such-file.json: file not found');
  }, 30_000);
});
