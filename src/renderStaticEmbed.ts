import { render } from 'svelte/server';
import { STATIC_CHART_WIDTHS } from './charts/staticChartWidths';
import { claimsOnChart, SHIPPED_CLAIMS } from './claims/shippedClaims';
import EmbedApp from './embed/EmbedApp.svelte';
import { embedChart, embedShowsClaims } from './embed/embedChart';
import { decodeLink, linkPresetId } from './link/decodeLink';
import { fetchPresets, SHIPPED_ESTIMATES } from './page/bundledPresets';

// A preset as published is drawn from its shipped numbers; a pause asked for means the model was about to run.
const noModel = () => Promise.reject(new Error('renderStaticEmbed: the model is not run at build time'));

/**
 * A preset's embed drawn at build time: the markup the embed's script would put in its `#embed`
 * element for the preset's link as published, with the claims made about it, each chart drawn at
 * every one of `staticWidthsPx` (`build/prerender.ts` writes it into `embed-<preset id>.html`, whose
 * page then needs no script to show it). Stops on a link the embed could not draw as published:
 * one with problems, or one that would need the model.
 *
 * @param address a preset's link as published (`presetAddress`): "?v=2&p=stop-ccp-act&cv=…&k=…"
 * @param staticWidthsPx the widths each chart is drawn at, px (`STATIC_CHART_WIDTHS`)
 * @returns the markup, for inside `#embed`
 */
export async function renderStaticEmbed(address: string, staticWidthsPx: readonly number[]): Promise<string> {
  const presetId = linkPresetId(address);
  const presets = await fetchPresets([presetId]);
  const decoded = await decodeLink(address, presets);
  const preset = presets.find((candidate) => candidate.id === presetId);
  if (!preset || decoded.state.presetId !== presetId || decoded.problems.length > 0)
    throw new Error(`renderStaticEmbed: ${address} is not a preset as published (${decoded.problems.join(' ')})`);
  const chart = await embedChart(decoded, presets, noModel, SHIPPED_ESTIMATES.get(preset.id));
  const claims = embedShowsClaims(chart, decoded)
    ? claimsOnChart(SHIPPED_CLAIMS, decoded.state.scenario, preset, chart.record.results)
    : [];
  return render(EmbedApp, {
    props: { chart, appUrl: `./${address}`, claims },
    context: new Map([[STATIC_CHART_WIDTHS, staticWidthsPx]]),
  }).body;
}
