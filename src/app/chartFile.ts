import { flushSync, mount, unmount } from 'svelte';
import ReachChart from '../charts/ReachChart.svelte';
import { chartLegend } from '../charts/export/chartLegend';
import { chartSourceLine } from '../report/chartSourceLine';
import type { ExportSize } from '../charts/export/exportSizes';
import { FRAME_PAD_PX, frameChartSvg } from '../charts/export/frameChartSvg';
import { serializeChart } from '../charts/export/serializeChart';
import type { ReferenceLine } from '../data/referenceLines';
import type { ShareBasis } from '../link/linkState';
import type { ScopeRecord } from '../report/estimateRecord';

/** A standalone chart file and its size in CSS pixels. */
export interface ChartFile {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/** The chart to draw into a file: what the page's chart is drawn from. */
export interface ChartToDraw {
  view: 'reach' | 'share';
  results: ScopeRecord[];
  references: ReferenceLine[];
  /** The chart's name (the scenario's title as shown). */
  title: string;
  origins?: ReadonlyMap<string, number>;
  basis: ShareBasis;
  fullScale: boolean;
}

/**
 * The chart as a standalone SVG file at a chosen size (see `EXPORT_SIZES`), whatever the reader's
 * screen: the chart component is drawn off screen at the file's width, then framed with the finding
 * as its title, the scenario and reading under it, and the key, source line and link below; a
 * file of fixed height fits its content (`frameChartSvg`). The same key and source line as
 * `npm run render` writes, from the same helpers. Loaded only when the reader asks for a download.
 *
 * @param chart what to draw
 * @param size the file's size
 * @param frame the texts around the chart; `run` is the estimate's catalogue version, draws and seed
 */
export async function chartFile(
  chart: ChartToDraw,
  size: ExportSize,
  frame: {
    title: string;
    subtitle: string;
    link: string;
    run: { catalogueVersion: string; samples: number; seed: number };
    /** Where the numbers come from, when not a preset as published (`describeProvenance`). */
    provenance: string;
  },
): Promise<ChartFile> {
  const widthPx = size.widthPx - 2 * FRAME_PAD_PX;
  // Share charts are drawn from their own chunk; the page may not have loaded it yet.
  const ShareChart = chart.view === 'share' ? (await import('../charts/ShareChart.svelte')).default : undefined;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;top:0;left:${-2 * size.widthPx}px;width:${widthPx}px;visibility:hidden`;
  document.body.append(host);
  try {
    const drawn = ShareChart
      ? mount(ShareChart, {
          target: host,
          props: { results: chart.results, basis: chart.basis, fullScale: chart.fullScale, widthPx },
        })
      : mount(ReachChart, {
          target: host,
          props: {
            results: chart.results,
            references: chart.references,
            title: chart.title,
            widthPx,
            ...(chart.origins ? { origins: chart.origins } : {}),
          },
        });
    flushSync();
    const svg = host.querySelector<SVGSVGElement>('svg[role="img"]');
    if (!svg) throw new Error('the chart drew nothing');
    const markup = serializeChart(svg);
    const heightPx = Number(svg.getAttribute('height'));
    void unmount(drawn);
    const file = frameChartSvg(markup, {
      title: frame.title,
      subtitle: frame.subtitle,
      sourceLine: chartSourceLine(frame.run, frame.provenance),
      legend: chartLegend(markup),
      link: frame.link,
      widthPx,
      heightPx,
      ...(size.heightPx ? { fileHeightPx: size.heightPx } : {}),
    });
    const root = /<svg\b[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(file);
    return { svg: file, widthPx: Number(root?.[1] ?? size.widthPx), heightPx: Number(root?.[2] ?? heightPx) };
  } finally {
    host.remove();
  }
}
