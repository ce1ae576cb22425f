import { render } from 'svelte/server';
import App from './app/App.svelte';
import ShareBar from './app/ShareBar.svelte';
import PrintSheet from './app/PrintSheet.svelte';
import { DRAWN_ACCESSED, DRAWN_LINK, withPrintSlots } from './page/drawnPrintSheet';
import { permalink } from './link/permalink';
import { chartFileProps } from './app/chartFileProps';
import { EXPORT_SIZES } from './app/exportSizes';
import { chartFileDocument } from './charts/export/chartFileDocument';
import { renderChartMarkup } from './cli/renderChartMarkup';
import { presetIndex } from './app/presetIndex';
import { STATIC_CHART_WIDTHS } from './charts/staticChartWidths';
import { SHIPPED_ESTIMATES } from './page/bundledPresets';
import { openScenarioState } from './page/openScenarioState';
import type { Estimator } from './state/ScenarioState.svelte';

/** A page drawn at build time. */
export interface StaticPage {
  /** The markup of the app's page, to go inside its `#app` element, with its print sheet (`withPrintSlots`). */
  body: string;
  /** The scenario's title, as the page shows it. */
  title: string;
  /** The finding in words ("… would reach about 3,690 people (3,420–3,960), …") and the reading it rests on. */
  finding: string;
  /** The page's chart as a 1200 × 630 link-preview card, an SVG file: what the page's social-card download gives. */
  cardSvg: string;
}

// Every preset's numbers ship with it: the model is never needed at build time, and asking fails.
const noModel = () => Promise.reject(new Error('renderStaticPage: the model is not run at build time'));
const estimator: Estimator = { later: noModel, analyse: noModel, shipped: (id) => SHIPPED_ESTIMATES.get(id) };

/** Every preset's id, in the picker's order. */
export const presetIds = (): string[] => presetIndex().map((entry) => entry.id);

/**
 * A preset's link as published, as the page writes it ("?v=2&p=stop-ccp-act&…"): the address its
 * own page stands for.
 */
export async function presetAddress(presetId: string): Promise<string> {
  const scenarioState = await openScenarioState('', estimator);
  await scenarioState.ensurePresets([presetId]);
  scenarioState.loadPreset(presetId);
  if (scenarioState.presetId !== presetId) throw new Error(`renderStaticPage: no preset "${presetId}"`);
  await scenarioState.loadLinkEncoder();
  return `?${scenarioState.loadedQuery}`;
}

/**
 * The app's page opened on an address, drawn at build time with the page's own components and
 * the numbers shipped with its preset, so a reader sees the finding and the chart before any script
 * has run (`build/prerender.ts` writes it into the page's `#app`). The scenario is opened as the
 * browser opens it (`openScenarioState`).
 *
 * @param address a preset's link as published (`presetAddress`), or '' for the default preset
 * @param staticWidthsPx the widths each chart is drawn at, px (`STATIC_CHART_WIDTHS`)
 */
export async function renderStaticPage(address: string, staticWidthsPx: readonly number[]): Promise<StaticPage> {
  const scenarioState = await openScenarioState(address, estimator);
  // Drawn as the live page settles: with the claims on its chart and the share bar below it.
  await Promise.all([scenarioState.loadClaims(), scenarioState.loadLinkEncoder(), scenarioState.loadSummaries()]);
  const { body } = render(App, {
    props: { scenarioState, index: presetIndex(), shareBar: ShareBar, address },
    context: new Map([[STATIC_CHART_WIDTHS, staticWidthsPx]]),
  });
  // And as it prints, for a reader who prints before using it (`printDrawnPage`).
  // Its ids prefixed: put in the page to print, they must not repeat the drawn page's.
  const sheet = render(PrintSheet, {
    props: { scenarioState, shareFullScale: false, link: DRAWN_LINK, accessed: DRAWN_ACCESSED },
    idPrefix: 'print',
  });
  const base = 'https://sanction-scope.invalid/';
  const printSheet = withPrintSlots(sheet.body, `./${permalink(scenarioState.loadedQuery, base).slice(base.length)}`);
  const { sentence, reading } = scenarioState.finding;
  const social = EXPORT_SIZES.find((size) => size.id === 'social')!;
  return {
    body: body + printSheet,
    title: scenarioState.provenance.shownTitle,
    finding: [sentence, reading].filter(Boolean).join(' '),
    cardSvg: chartFileDocument(renderChartMarkup(chartFileProps(scenarioState, social, {}))),
  };
}
