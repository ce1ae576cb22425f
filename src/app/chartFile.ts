import { chartLegend } from '../charts/export/chartLegend';
import { chartSourceLine } from '../charts/export/chartSourceLine';
import { frameChartSvg } from '../charts/export/frameChartSvg';
import { serializeChart } from '../charts/export/serializeChart';

/** A standalone chart file and its size in CSS pixels. */
export interface ChartFile {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/**
 * The chart on the page as a standalone SVG file with its title, key, source line and link: the
 * same key and source line as `npm run render` writes, from the same helpers. Loaded only when the
 * reader asks for a download, so the export code costs a reader who never exports nothing.
 *
 * @param element the page's chart `<svg>`
 * @param run the estimate's catalogue version, draws and seed, for the source line
 */
export function chartFile(
  element: SVGSVGElement,
  frame: {
    title: string;
    link: string;
    run: { catalogueVersion: string; samples: number; seed: number };
    /** Where the numbers come from, when not a preset as published (`describeProvenance`). */
    provenance: string;
  },
): ChartFile {
  const { width, height } = element.getBoundingClientRect();
  const markup = serializeChart(element);
  const svg = frameChartSvg(markup, {
    title: frame.title,
    sourceLine: chartSourceLine(frame.run, frame.provenance),
    legend: chartLegend(markup),
    link: frame.link,
    widthPx: width,
    heightPx: height,
  });
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { svg, widthPx: Number(size?.[1] ?? width), heightPx: Number(size?.[2] ?? height) };
}
