import { render } from 'svelte/server';
import ReachChart from '../charts/ReachChart.svelte';
import ShareChart from '../charts/ShareChart.svelte';
import type { ReferenceLine } from '../data/referenceLines';
import type { ShareBasis } from '../link/linkState';
import type { ScopeRecord } from '../report/estimateRecord';

export type ChartRequest =
  | { chart: 'reach'; results: ScopeRecord[]; references: ReferenceLine[]; title: string; widthPx: number }
  | { chart: 'share'; results: ScopeRecord[]; basis: ShareBasis; widthPx: number };

/**
 * The chart's `<svg>` markup, rendered on the server by the same Svelte components the page uses
 * (so a file and the page agree mark for mark). The HTML around it (caption, key) is left out;
 * `frameChartSvg` adds a title and footer instead.
 */
export function renderChartMarkup(request: ChartRequest): string {
  const { body } =
    request.chart === 'reach'
      ? render(ReachChart, {
          props: {
            results: request.results,
            references: request.references,
            title: request.title,
            widthPx: request.widthPx,
          },
        })
      : render(ShareChart, { props: { results: request.results, basis: request.basis, widthPx: request.widthPx } });
  // The chart is the one <svg> that declares its namespace; the key's small swatches (before or
  // after it) do not, and it holds no <svg> of its own, so its first close tag is its end.
  const start = body.indexOf('<svg xmlns=');
  const end = body.indexOf('</svg>', start);
  if (start < 0 || end < start) throw new Error('the chart component rendered no SVG');
  // Svelte's hydration markers are comments; a file does not need them.
  return body.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
}
