import { parseArgs } from 'node:util';
import { frameChartSvg } from '../charts/export/frameChartSvg';
import { CATALOGUE_VERSION } from '../data/catalogue';
import { referenceLines } from '../data/referenceLines';
import { estimateReach } from '../model/estimateReach';
import { estimateRecord } from '../report/estimateRecord';
import { parseScenarioJson } from '../scenario/parseScenario';
import { resolveScenario } from '../scenario/resolveScenario';
import type { CliOutcome, ReadText } from './runEstimate';
import type { ChartRequest } from './renderChartMarkup';

export const RENDER_USAGE =
  'usage: npm run render -- <scenario.json> --out chart.svg [--chart reach|share] [--basis population|adults] [--width 800] [--link URL]';

/** Renders a chart request to SVG markup (the server-side Svelte render, injected for tests). */
export type RenderMarkup = (request: ChartRequest) => string;

const LEGEND = {
  reach:
    'Solid bar: people sanctioned directly. Striped: their covered relatives. Black tick and whiskers: median and 90% interval. Dashed lines: populations for comparison.',
  share: 'Bars: median share reached; whiskers: 90% interval.',
};

/**
 * The `render` command: draws a scenario's chart as a standalone SVG file, with the same Svelte
 * components as the page, for writers who cannot use an iframe. Bad arguments or a bad file give
 * one line per problem on stderr and exit code 2.
 */
export function runRender(args: readonly string[], readText: ReadText, renderMarkup: RenderMarkup): CliOutcome {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        chart: { type: 'string', default: 'reach' },
        basis: { type: 'string', default: 'population' },
        width: { type: 'string', default: '800' },
        link: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { stdout: '', stderr: `${(error as Error).message}\n${RENDER_USAGE}\n`, exitCode: 2 };
  }
  const { values, positionals } = parsed;
  if (values.help) return { stdout: RENDER_USAGE + '\n', stderr: '', exitCode: 0 };
  const problems: string[] = [];
  const [file, ...extra] = positionals;
  if (!file) problems.push('no scenario file given');
  if (extra.length > 0) problems.push(`one scenario file at a time; also got ${extra.join(' ')}`);
  if (values.chart !== 'reach' && values.chart !== 'share')
    problems.push(`--chart must be "reach" or "share", got "${values.chart}"`);
  if (values.basis !== 'population' && values.basis !== 'adults') {
    problems.push(`--basis must be "population" or "adults", got "${values.basis}"`);
  }
  const widthPx = Number(values.width);
  if (!/^\d+$/.test(values.width!) || widthPx < 300 || widthPx > 2000) {
    problems.push(`--width must be a whole number of pixels from 300 to 2000, got "${values.width}"`);
  }
  if (!values.out) problems.push('--out FILE is required (where to write the SVG)');
  if (values.link !== undefined && !/^https?:\/\/\S+$/.test(values.link))
    problems.push('--link must be an http(s) URL');
  if (problems.length > 0) return { stdout: '', stderr: [...problems, RENDER_USAGE].join('\n') + '\n', exitCode: 2 };

  let text: string;
  try {
    text = readText(file!);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a folder, not a scenario file'
          : `cannot be read (${code})`;
    return { stdout: '', stderr: `${file}: ${reason}\n`, exitCode: 2 };
  }
  const scenario = parseScenarioJson(text);
  if (!scenario.ok) {
    const lines = scenario.problems.map((p) => `${file}: ${p.path || '(whole file)'}: ${p.message}`);
    return { stdout: '', stderr: lines.join('\n') + '\n', exitCode: 2 };
  }
  const record = estimateRecord(scenario.value, estimateReach(resolveScenario(scenario.value)), CATALOGUE_VERSION);
  const year = Math.max(...scenario.value.scopes.map((s) => s.base.year));
  const references = referenceLines(year).filter((line) => line.shownByDefault);
  const chart = values.chart as 'reach' | 'share';
  const markup = renderMarkup(
    chart === 'reach'
      ? { chart, results: record.results, references, title: scenario.value.title, widthPx }
      : { chart, results: record.results, basis: values.basis as 'population' | 'adults', widthPx },
  );
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(markup);
  const svg = frameChartSvg(markup, {
    title: scenario.value.title,
    legend: LEGEND[chart],
    sourceLine:
      `Source: Sanction Scope estimate, figures catalogue ${CATALOGUE_VERSION}; median and 90% interval over ` +
      `${record.scenario.samples.toLocaleString('en-US')} draws (seed ${record.scenario.seed}).`,
    ...(values.link ? { link: values.link } : {}),
    widthPx: Number(size?.[1] ?? widthPx),
    heightPx: Number(size?.[2] ?? 400),
  });
  return { stdout: '', stderr: '', exitCode: 0, outFile: values.out, output: svg + '\n' };
}
