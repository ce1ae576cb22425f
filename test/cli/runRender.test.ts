// Node environment: svelte/server renders here as in the CLI; jsdom only parses the result.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderChartMarkup } from '../../src/cli/renderChartMarkup';
import { runRender } from '../../src/cli/runRender';
import { loadPreset, PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';

const read = (path: string) => readFileSync(path, 'utf8');
const { DOMParser } = new JSDOM('').window;

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('render', () => {
  for (const file of PRESET_FILES) {
    for (const chart of ['reach', 'share'] as const) {
      it(`${file} --chart ${chart} writes an SVG with one row per scope, the title and the source line`, () => {
        const scenario = loadPreset(file);
        const outcome = runRender(
          [join(SCENARIOS_DIR, file), '--chart', chart, '--out', 'x.svg', '--link', 'https://example.org/?v=1'],
          read,
          renderChartMarkup,
        );
        expect(outcome.stderr).toBe('');
        expect(outcome.exitCode).toBe(0);
        expect(outcome.outFile).toBe('x.svg');
        const doc = parse(outcome.output!);
        const rows = doc.querySelectorAll(chart === 'reach' ? '.chart-row' : '.share-row');
        expect([...rows].map((row) => row.getAttribute('data-scope-id'))).toEqual(scenario.scopes.map((s) => s.id));
        const titleLines = [...doc.querySelectorAll('.export-title tspan')].map((line) => line.textContent);
        expect(titleLines.join(' ')).toBe(scenario.title);
        expect(doc.querySelector('.export-source')!.textContent).toContain('Source: Sanction Scope estimate');
        expect(doc.querySelector('.export-source')!.textContent).toContain('https://example.org/?v=1');
        expect(doc.querySelectorAll('script')).toHaveLength(0);
      });
    }
  }

  it('lays the chart out at --width', () => {
    const outcome = runRender(
      [join(SCENARIOS_DIR, 'scope-ladder.json'), '--width', '360', '--out', 'x.svg'],
      read,
      renderChartMarkup,
    );
    const inner = parse(outcome.output!).documentElement.querySelector('svg')!;
    expect(inner.getAttribute('width')).toBe('360');
  });

  it.each([
    [['missing.json', '--out', 'x.svg'], /^missing\.json: file not found$/m],
    [[join(SCENARIOS_DIR, 'scope-ladder.json')], /--out FILE is required/],
    [
      [join(SCENARIOS_DIR, 'scope-ladder.json'), '--out', 'x.svg', '--chart', 'pie'],
      /--chart must be "reach" or "share"/,
    ],
    [[join(SCENARIOS_DIR, 'scope-ladder.json'), '--out', 'x.svg', '--width', '50'], /--width must be a whole number/],
    [[join(SCENARIOS_DIR, 'scope-ladder.json'), '--out', 'x.svg', '--link', 'javascript:x'], /--link must be an http/],
  ])('%j exits 2 with a reason', (args, message) => {
    const outcome = runRender(args, read, renderChartMarkup);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(message);
  });

  it('runs as `npm run render` and writes the file', () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = join(mkdtempSync(join(tmpdir(), 'render-')), 'ladder.svg');
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/cli/render.ts', 'scenarios/scope-ladder.json', '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(parse(read(out)).querySelectorAll('.chart-row')).toHaveLength(7);
  }, 30_000);
});
