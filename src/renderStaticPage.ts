import { render } from 'svelte/server';
import App from './app/App.svelte';
import { presetIndex } from './app/presetIndex';
import { STATIC_CHART_WIDTHS } from './charts/staticChartWidths';
import { decodeLink } from './link/decodeLink';
import { ScenarioState, type Estimator } from './state/ScenarioState.svelte';
import { fetchPresets, SHIPPED_ESTIMATES } from './page/bundledPresets';

/**
 * The app's page at its plain address (no link: the default preset), drawn at build time with the
 * page's own components and the numbers shipped with the preset, so a reader sees the finding and
 * the chart before any script has run (`build/prerender.ts` writes it into `index.html`'s `#app`).
 * The page's title stays the plain one: a link's unfurled preview must not name the default preset. The
 * scenario is opened as the page opens it (`fetchPresets`, `decodeLink`); the model is never
 * needed, since the default preset's numbers are shipped, and asking it for anything fails.
 *
 * @param staticWidthsPx the widths each chart is drawn at, px (`STATIC_CHART_WIDTHS`)
 */
export async function renderStaticPage(staticWidthsPx: readonly number[]): Promise<string> {
  const presets = await fetchPresets([null]);
  const opened = await decodeLink('', presets);
  const noModel = () => Promise.reject(new Error('renderStaticPage: the model is not run at build time'));
  const estimator: Estimator = { later: noModel, analyse: noModel, shipped: (id) => SHIPPED_ESTIMATES.get(id) };
  const scenarioState = new ScenarioState(estimator, presets, opened, fetchPresets);
  await scenarioState.prepareEstimate();
  return render(App, {
    props: { scenarioState, index: presetIndex() },
    context: new Map([[STATIC_CHART_WIDTHS, staticWidthsPx]]),
  }).body;
}
