import { render } from 'svelte/server';
import estimateLoaders from 'virtual:preset-estimates';
import type { PresetEstimate } from '../report/presetEstimate';
import { loadPresetEstimates } from '../page/loadPresetEstimates';
import { DEFAULT_PRESET_ID, loadPresetsById } from '../page/loadPresetsById';
import { showStartFailure } from '../page/showStartFailure';
import { yieldToBrowser } from '../page/yieldToBrowser';
import { decodeLink } from '../link/decodeLink';
import EmbedApp from './EmbedApp.svelte';
import { embedChart, embedShowsClaims } from './embedChart';
import { reportHeight } from './reportHeight';
import type { ChartClaim } from '../charts/geometry/chartClaim';
import { localeOf } from '../i18n/locale';
import { loadTranslations } from '../i18n/loadTranslations';
import '../page/global.css';

// In a function, not top-level await: top-level await turns off the bundler's chunk merging.
async function start(target: HTMLElement) {
  const params = new URLSearchParams(location.search);
  const plain = params.get('plain') === '1';
  // `plain` is the embed's own option, not part of the scenario link.
  params.delete('plain');
  const query = params.toString();
  if (plain) document.documentElement.classList.add('plain');
  // Only the preset this chart is built on is downloaded (and the default, which links fall back
  // to). Kept out of the embed's script: arriving as its own small file, it splits the script's
  // work in two, and Lighthouse's total blocking time was 61 ms against 117-155 ms bundled.
  // With it come its numbers, made when the app was built: a preset as published is drawn
  // without the model, which downloads only for a link that changes the scenario.
  const shipped = new Map<string, PresetEstimate>();
  const presetId = params.get('p') ?? DEFAULT_PRESET_ID;
  const locale = localeOf(location.search);
  document.documentElement.lang = locale;
  const [presets] = await Promise.all([
    loadPresetsById(
      [presetId],
      import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json'], { import: 'default' }),
    ),
    loadPresetEstimates([presetId], estimateLoaders, shipped),
    loadTranslations(locale),
  ]);
  const decoded = await decodeLink(query + location.hash, presets);
  const chart = await embedChart(decoded, presets, yieldToBrowser, shipped.get(decoded.state.presetId ?? ''));
  const appUrl = new URL(`./?${query}${location.hash}`, location.href).href;
  // Most embeds show people reached: the share chart's geometry is its own file, fetched only for a share view.
  const shareGeometry = chart.view === 'share' ? await import('../charts/geometry/placeShareChart') : undefined;

  // The embed is a still picture, so it is not mounted: Svelte renders it to HTML here, with the
  // renderer it uses on servers (the embed build compiles every component for it; see
  // vite.config.ts), and the page carries no reactive runtime. Every text and attribute in that
  // HTML is escaped by Svelte, as on a server.
  let claims: ChartClaim[] = [];
  const draw = (widthPx?: number) => {
    target.innerHTML = render(EmbedApp, { props: { chart, appUrl, widthPx, shareGeometry, claims } }).body;
  };
  const chartWidthPx = () => target.querySelector('figure')?.clientWidth ?? 0;
  // Drawn once without the chart (which waits for a width) to find the width its box has, then
  // with the chart at that width, both before the first paint; again whenever the frame's width
  // changes.
  draw();
  let drawnWidthPx: number | undefined;
  const fit = () => {
    const widthPx = chartWidthPx();
    if (widthPx > 0 && widthPx !== drawnWidthPx) {
      drawnWidthPx = widthPx;
      draw(widthPx);
    }
  };
  fit();
  new ResizeObserver(fit).observe(target);
  reportHeight();

  // As on the page, the claims made in public debate about the preset arrive after the chart
  // (unless the link hides them); a file of their own, so the first chart does not wait for them.
  const preset = presets.find((candidate) => candidate.id === decoded.state.presetId);
  if (embedShowsClaims(chart, decoded) && preset) {
    try {
      const { SHIPPED_CLAIMS, claimsOnChart } = await import('../claims/shippedClaims');
      claims = claimsOnChart(SHIPPED_CLAIMS, decoded.state.scenario, preset, chart.record.results);
    } catch {
      // The chart stands without them: a failed download of the claims must not replace it.
      return;
    }
    if (claims.length > 0) draw(drawnWidthPx);
  }
}

const target = document.getElementById('embed');
if (target)
  start(target).catch((error: unknown) => {
    showStartFailure(target, error, 'chart');
    reportHeight();
  });
