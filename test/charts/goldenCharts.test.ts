// Node environment, as `npm run render` runs.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRenderMarkup, runRender, type RenderMarkup } from '../../src/cli/runRender';
import { PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';

// Golden files: every preset's charts as `npm run render` writes them (the same components the
// page draws), at a laptop's and a phone's width. A change to any mark, label or position shows
// up as a diff of these files, to be looked at and committed with the change that made it
// (`npx vitest run test/charts/goldenCharts.test.ts -u` rewrites them). The files are the command's
// output with a line break between elements. The reach charts are drawn with the shipped claims.

const read = (path: string) => readFileSync(path, 'utf8');
let renderer: Promise<RenderMarkup> | undefined;
const serverRenderer = () => (renderer ??= loadRenderMarkup());

describe.each(PRESET_FILES)('%s', (file) => {
  it.each([
    ['reach', 800],
    ['reach', 360],
    ['share', 800],
    ['share', 360],
  ])('%s chart at %i px matches its golden file', async (chart, widthPx) => {
    // The reach chart as the page opens it: with the claims made about the preset drawn.
    const claims = chart === 'reach' ? ['--claims', join(SCENARIOS_DIR, 'claims.json')] : [];
    const outcome = await runRender(
      [join(SCENARIOS_DIR, file), '--out', 'chart.svg', '--chart', chart, '--width', String(widthPx), ...claims],
      read,
      serverRenderer,
    );
    expect(outcome.stderr).toBe('');
    // One element per line, so a change reads as a diff of the marks it touched: a break before
    // each start tag and between end tags (text holds no "<": Svelte escapes it).
    const lines = outcome.output?.replace(/><(?!\/)/g, '>\n<').replace(/(<\/[\w:-]+>)(?=<\/)/g, '$1\n');
    await expect(lines).toMatchFileSnapshot(`golden/${basename(file, '.json')}-${chart}-${widthPx}.svg`);
  });
});
