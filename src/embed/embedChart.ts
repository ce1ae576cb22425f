import { referenceLines, type ReferenceLine } from '../data/referenceLines';
import type { DecodedLink } from '../link/decodeLink';
import type { ChartView, ShareBasis } from '../link/linkState';
import { CATALOGUE_VERSION } from '../data/catalogue';
import type { ReachSummary } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import { describeFinding, type Finding } from '../report/describeFinding';
import { describeProvenance, type Provenance } from '../report/describeProvenance';
import { estimateRecord, type EstimateRecord } from '../report/estimateRecord';
import { shippedRatio, type PresetEstimate } from '../report/presetEstimate';
import type { Scenario } from '../scenario/scenario';

/** Everything the embed draws, computed once from its link. */
export interface EmbedChart {
  view: ChartView;
  shareBasis: ShareBasis;
  /** The estimate, as the app's table and charts show it. */
  record: EstimateRecord;
  /** The reference lines the link shows, for the scopes' latest year. */
  references: ReferenceLine[];
  /** True when some of the link could not be read and the preset's values stand in for it. */
  partlyUnread: boolean;
  /**
   * The figures catalogue the link was made with (`YYYY-MM-DD`), when not the current one. The
   * numbers are still the current catalogue's, as the page shows them first: the embed says so,
   * since a link's numbers never change without its reader being told.
   */
  olderCatalogue?: string;
  /** Where the numbers come from: the title to show, and what was changed from the preset. */
  provenance: Provenance;
  /** The card's headline, as the app states it. */
  finding: Finding;
}

/**
 * The numbers a decoded link describes: a preset as published from its shipped numbers, with no
 * run; anything else from the model, loaded now and run in slices (see `estimateReachInSteps`).
 * Done once per page: the embed redraws on resize from this, without drawing the sample again.
 *
 * @param presets the presets at hand, the link's among them: what its provenance is told against
 * @param pause resolves when the browser has had a chance to handle input and paint
 * @param shipped the link's preset's shipped numbers, when at hand
 */
export async function embedChart(
  decoded: DecodedLink,
  presets: readonly Scenario[],
  pause: () => Promise<void>,
  shipped?: PresetEstimate,
): Promise<EmbedChart> {
  const { scenario, view, shareBasis, shownReferenceIds, presetId } = decoded.state;
  const preset = presets.find((candidate) => candidate.id === presetId);
  const provenance = describeProvenance(scenario, preset);
  // The shipped numbers stand for the preset itself: used only when the link's scenario is the
  // preset, field for field, not on the provenance's word alone.
  const asShipped =
    provenance.kind === 'preset' &&
    preset !== undefined &&
    JSON.stringify(scenario) === JSON.stringify(preset) &&
    shipped?.presetId === presetId &&
    shipped.catalogueVersion === CATALOGUE_VERSION;
  const { summary, ratioOf } = asShipped
    ? { summary: shipped.summary, ratioOf: shippedRatio(shipped) }
    : await estimateWithModel(scenario, pause);
  const record = estimateRecord(scenario, summary, CATALOGUE_VERSION);
  const year = Math.max(...scenario.scopes.map((scope) => scope.base.year));
  return {
    view,
    shareBasis,
    record,
    references: referenceLines(year).filter((line) => shownReferenceIds.includes(line.id)),
    partlyUnread: decoded.problems.length > 0,
    olderCatalogue: decoded.olderCatalogue,
    provenance,
    finding: describeFinding(record.results, ratioOf, presetId ?? undefined),
  };
}

/**
 * Whether the embed draws the claims made in public debate about its preset: on the reach chart,
 * unless the link hides them, as the page does. Read by the embed's script and its build-time render.
 */
export function embedShowsClaims(chart: EmbedChart, decoded: DecodedLink): boolean {
  return chart.view === 'reach' && decoded.state.showClaims;
}

/** The model run on a scenario the build did not estimate: the model downloads only for it. */
async function estimateWithModel(
  scenario: Scenario,
  pause: () => Promise<void>,
): Promise<{ summary: ReachSummary; ratioOf: (focus: number, base: number) => Interval | undefined }> {
  const [{ estimateScenarioWithPauses }, { drawsRatio }] = await Promise.all([
    import('../report/estimateScenario'),
    import('../model/pairedRatio'),
  ]);
  const { estimate } = await estimateScenarioWithPauses(scenario, pause);
  return { summary: estimate, ratioOf: drawsRatio(estimate) };
}
