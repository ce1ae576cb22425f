import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chartSourceLine } from '../report/chartSourceLine';
import { chartFileDocument } from '../charts/export/chartFileDocument';
import { FRAME_PAD_PX } from '../charts/geometry/placeChartFile';
import { MIN_CHART_WIDTH_PX } from '../charts/geometry/makeRowLayout';
import { hasNonXmlCharacters } from '../format/xmlSafe';
import { describeReadError } from './readInputFile';
import { referenceLines } from '../data/referenceLines';
import { estimateScenario } from '../report/estimateScenario';
import { parseScenarioJson } from '../scenario/parseScenario';
import type { ChartRequest } from './renderChartMarkup';
import type { Scenario } from '../scenario/scenario';
import type { CliOutcome, ReadText } from './runEstimate';
import { CHART_VIEWS, isOneOf, SHARE_BASES } from '../link/viewWords';
import { claimsOnChart } from '../claims/claimsOnChart';
import { parseClaimsJson } from '../claims/parseClaims';
import type { ChartClaim } from '../charts/geometry/chartClaim';

export const RENDER_USAGE =
  'usage: npm run render -- <scenario.json> --out chart.svg [--chart reach|share] [--basis population|adults] [--width 800] [--link URL] [--claims claims.json]';

/** Widest chart the command draws, px: wider than any page, small enough to catch a typo. */
export const MAX_RENDER_WIDTH_PX = 4000;
const DEFAULT_WIDTH_PX = 800;

/** Draws a chart request as the file's `<svg>` markup: the Svelte component rendered on the server. */
export type RenderMarkup = (request: ChartRequest) => string;

function failure(lines: string[]): CliOutcome {
  return { stdout: '', stderr: lines.join('\n') + '\n', exitCode: 2 };
}

/**
 * The `render` command: draws a scenario's reach or share chart as a standalone SVG file (title,
 * chart, key in words, source line and link), with the same Svelte components and the same
 * defaults as the page (reference lines shown by default, for the latest scope year), for writers
 * who need a file rather than an embed. Bad arguments or a bad file give one line per problem on
 * stderr and exit code 2; nothing is rendered then.
 *
 * @param args the arguments after the command name
 * @param readText how to read the scenario file (injected so tests need no files)
 * @param loadRenderMarkup gives the server renderer; called only once the input is good, since
 *   loading it compiles the components (about a second)
 */
export async function runRender(
  args: readonly string[],
  readText: ReadText,
  loadRenderMarkup: () => Promise<RenderMarkup>,
): Promise<CliOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        // The page opens on the reach chart, and so does the command.
        chart: { type: 'string', default: 'reach' },
        basis: { type: 'string', default: 'population' },
        width: { type: 'string', default: String(DEFAULT_WIDTH_PX) },
        link: { type: 'string' },
        out: { type: 'string' },
        claims: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return failure([(error as Error).message, RENDER_USAGE]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { stdout: RENDER_USAGE + '\n', stderr: '', exitCode: 0 };

  const problems: string[] = [];
  const [file, ...extra] = positionals;
  if (!file) problems.push('no scenario file given');
  if (extra.length > 0) problems.push(`one scenario file at a time; also got ${extra.join(' ')}`);
  const chart = values.chart;
  if (!isOneOf(CHART_VIEWS, chart)) problems.push(`--chart must be ${CHART_VIEWS.join(' or ')}, got "${chart}"`);
  const basis = values.basis;
  if (!isOneOf(SHARE_BASES, basis)) problems.push(`--basis must be ${SHARE_BASES.join(' or ')}, got "${basis}"`);
  const widthPx = Number(values.width);
  if (!/^\d+$/.test(values.width) || widthPx < MIN_CHART_WIDTH_PX || widthPx > MAX_RENDER_WIDTH_PX)
    problems.push(
      `--width must be a whole number of px from ${MIN_CHART_WIDTH_PX} to ${MAX_RENDER_WIDTH_PX}, got "${values.width}"`,
    );
  if (values.link !== undefined && !/^https?:\/\/\S+$/i.test(values.link))
    problems.push(`--link must be an http or https address, got "${values.link}"`);
  if (!values.out) problems.push('--out is required: the SVG file to write');
  else if (file && resolve(values.out) === resolve(file)) problems.push('--out must not be the scenario file');
  if (problems.length > 0 || !file || !isOneOf(CHART_VIEWS, chart) || !isOneOf(SHARE_BASES, basis))
    return failure([...problems, RENDER_USAGE]);

  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    return failure([`${file}: ${describeReadError(error)}`]);
  }
  const result = parseScenarioJson(text);
  if (!result.ok)
    return failure(result.problems.map((problem) => `${file}: ${problem.path || '(whole file)'}: ${problem.message}`));

  const scenario = result.value;
  const { record } = estimateScenario(scenario);
  let claims: ChartClaim[] = [];
  if (values.claims !== undefined && chart === 'reach') {
    const drawn = readClaims(values.claims, scenario, record.results, readText);
    if ('problem' in drawn) return failure([drawn.problem]);
    claims = drawn.claims;
  }
  // As on the page: the lines shown by default, for the population of the latest scope year.
  const year = Math.max(...scenario.scopes.map((scope) => scope.base.year));
  const references = referenceLines(year).filter((line) => line.shownByDefault);
  const renderMarkup = await loadRenderMarkup();
  const output = chartFileDocument(
    renderMarkup({
      chart:
        chart === 'reach'
          ? { view: chart, results: record.results, references, title: scenario.title, claims }
          : { view: chart, results: record.results, basis },
      texts: {
        title: scenario.title,
        sourceLine: chartSourceLine(record.scenario),
        ...(values.link === undefined ? {} : { link: values.link }),
      },
      // The chart is --width wide, inside the file's margins.
      widthPx: widthPx + 2 * FRAME_PAD_PX,
    }),
  );
  // chartFileDocument removes what XML cannot hold; an output that still holds such a character is
  // a bug, and a broken file must never leave with exit code 0.
  if (hasNonXmlCharacters(output)) return failure([`${file}: the chart could not be written as valid SVG`]);
  return { stdout: '', stderr: '', exitCode: 0, outFile: values.out, output };
}

/**
 * `--claims`: the claims of a claims file that the page draws for this scenario: those about the
 * preset it has the id of, read from beside the claims file (`<id>.json`), as `claimsOnChart`
 * chooses them. A scenario with no such preset gets none; an unreadable file is a problem.
 */
function readClaims(
  claimsFile: string,
  scenario: Scenario,
  scopes: readonly { id: string; population: number }[],
  readText: ReadText,
): { claims: ChartClaim[] } | { problem: string } {
  let parsed;
  try {
    parsed = parseClaimsJson(readText(claimsFile));
  } catch (error) {
    return { problem: `--claims ${claimsFile}: ${describeReadError(error)}` };
  }
  if (!parsed.ok)
    return { problem: `--claims ${claimsFile}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}` };
  let preset: Scenario | undefined;
  try {
    const read = parseScenarioJson(readText(join(dirname(claimsFile), `${scenario.id}.json`)));
    preset = read.ok && read.value.id === scenario.id ? read.value : undefined;
  } catch {
    preset = undefined;
  }
  return { claims: claimsOnChart(parsed.value, scenario, preset, scopes) };
}

/**
 * The server renderer, loaded the way that works under plain `tsx` on a fresh clone: Node cannot
 * import `.svelte` files, so a Vite dev server in middleware mode (no HTTP port, no file watching,
 * no HMR; Vite and the Svelte plugin are already dev dependencies) compiles `renderChartMarkup`
 * and the chart components it imports for the server (`generate: 'server'`, with the project's
 * `svelte.config.js`) and evaluates them with `ssrLoadModule`. The server is closed before this
 * returns: everything is loaded by then, and `svelte/server`'s `render` is synchronous.
 *
 * @returns `renderChartMarkup`, as the page's own components draw it
 */
export async function loadRenderMarkup(): Promise<RenderMarkup> {
  // Loaded on demand, so bad arguments fail at once and tests that inject a renderer skip Vite.
  const [{ createServer }, { svelte }] = await Promise.all([import('vite'), import('@sveltejs/vite-plugin-svelte')]);
  const vite = await createServer({
    root: resolve(import.meta.dirname, '../..'),
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    // Dependencies are loaded by Node as they are; nothing needs pre-bundling for the browser.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await vite.ssrLoadModule('/src/cli/renderChartMarkup.ts')) as typeof import('./renderChartMarkup');
    return module.renderChartMarkup;
  } finally {
    await vite.close();
  }
}
