import type { ReferenceLine } from '../../data/referenceLines';
import type { ShareBasis } from '../../link/linkState';
import type { ChartClaim } from './chartClaim';
import type { ChartScope } from './chartScope';
import { placeReachChart } from './placeReachChart';
import type { PlacedRowChart } from './placeRowChart';
import { placeShareChart, shareChartTitle } from './placeShareChart';

/** One of the scenario's charts, as a file draws it: the reach chart or the share chart. */
export type ChartView =
  | {
      view: 'reach';
      results: readonly ChartScope[];
      /** The reference lines to draw: only the shown ones. */
      references: readonly ReferenceLine[];
      /** The chart's name (the scenario's title as shown). */
      title: string;
      /** The preset's median reach by scope id, while the scenario is an edited preset (ghosts). */
      origins?: ReadonlyMap<string, number> | undefined;
      /** Claims from public debate, each drawn under the scope it names. */
      claims?: readonly ChartClaim[] | undefined;
    }
  | { view: 'share'; results: readonly ChartScope[]; basis: ShareBasis; fullScale?: boolean };

/** The chart's name: its caption on the page and its `<title>`. */
export function chartViewTitle(chart: ChartView): string {
  return chart.view === 'reach' ? chart.title : shareChartTitle(chart.basis);
}

/** Lays the chart out at a width, px (`placeReachChart` or `placeShareChart`). */
export function placeChartView(chart: ChartView, widthPx: number): PlacedRowChart {
  return chart.view === 'reach'
    ? placeReachChart(chart.results, chart.references, widthPx, chart.origins, chart.claims)
    : placeShareChart(chart.results, chart.basis, widthPx, chart.fullScale);
}
