import type { ComponentProps } from 'svelte';
import type ChartFile from '../charts/ChartFile.svelte';
import type { ChartView } from '../charts/geometry/chartView';
import { chartSourceLine } from '../report/chartSourceLine';
import type { ScenarioState } from '../state/ScenarioState.svelte';
import type { ExportSize } from './exportSizes';

/** What a chart file draws: `ChartFile`'s props. */
export type ChartFileProps = ComponentProps<typeof ChartFile>;

/**
 * The chart the page shows, as data a chart file or the printed page draws (`placeChartView`):
 * the reach chart with its reference lines, ghosts and claims, or the share chart.
 *
 * @param shareFullScale whether the share chart is on its full 0–100% scale (a view choice of the page's)
 */
export function chartViewOf(scenarioState: ScenarioState, shareFullScale: boolean): ChartView {
  const results = scenarioState.record.results;
  return scenarioState.view === 'reach'
    ? {
        view: 'reach',
        results,
        references: scenarioState.shownReferences,
        title: scenarioState.provenance.shownTitle,
        origins: scenarioState.originMedians,
        claims: scenarioState.shownClaims,
      }
    : { view: 'share', results, basis: scenarioState.shareBasis, fullScale: shareFullScale };
}

/**
 * The page's chart as a file at a chosen size, from the page's state: the chart shown (reach or
 * share, with its ghosts and claims), the finding as its title, the scenario's title and reading
 * under it, the source line and the link. The page's downloads (`chartFile`) and each preset's
 * link-preview card, drawn at build time (`src/renderStaticPage.ts`), are made from this one
 * function, so a card and a download of the same scenario agree.
 *
 * @param scenarioState the page's state, its estimate current
 * @param size the file's size
 * @param options the share chart's full scale (a view choice of the page's) and the link, if any
 */
export function chartFileProps(
  scenarioState: ScenarioState,
  size: ExportSize,
  { link, shareFullScale = false }: { link?: string; shareFullScale?: boolean },
): ChartFileProps {
  const { finding, provenance } = scenarioState;
  const title = provenance.shownTitle;
  return {
    chart: chartViewOf(scenarioState, shareFullScale),
    texts: {
      title: finding.sentence,
      subtitle: [`${title}.`, finding.reading].filter(Boolean).join(' '),
      sourceLine: chartSourceLine(scenarioState.record.scenario, provenance.line),
      link,
    },
    widthPx: size.widthPx,
    heightPx: size.heightPx,
  };
}
