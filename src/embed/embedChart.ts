import { referenceLines, type ReferenceLine } from '../data/referenceLines';
import type { DecodedLink } from '../link/decodeLink';
import type { ChartView, ShareBasis } from '../link/linkState';
import { drawsRatio } from '../model/pairedRatio';
import { describeFinding, type Finding } from '../report/describeFinding';
import { describeProvenance, type Provenance } from '../report/describeProvenance';
import type { EstimateRecord } from '../report/estimateRecord';
import { estimateScenarioWithPauses } from '../report/estimateScenario';
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
  /** Where the numbers come from: the title to show, and what was changed from the preset. */
  provenance: Provenance;
  /** The card's headline, as the app states it. */
  finding: Finding;
}

/**
 * Runs the estimate a decoded link describes, in slices (see `estimateReachInSteps`). Done once
 * per page: the embed redraws on resize from this, without drawing the Monte Carlo sample again.
 *
 * @param presets the presets at hand, the link's among them: what its provenance is told against
 * @param pause resolves when the browser has had a chance to handle input and paint
 */
export async function embedChart(
  decoded: DecodedLink,
  presets: readonly Scenario[],
  pause: () => Promise<void>,
): Promise<EmbedChart> {
  const { scenario, view, shareBasis, shownReferenceIds } = decoded.state;
  const { estimate, record } = await estimateScenarioWithPauses(scenario, pause);
  const year = Math.max(...scenario.scopes.map((scope) => scope.base.year));
  return {
    view,
    shareBasis,
    record,
    references: referenceLines(year).filter((line) => shownReferenceIds.includes(line.id)),
    partlyUnread: decoded.problems.length > 0,
    provenance: describeProvenance(
      scenario,
      presets.find((preset) => preset.id === decoded.state.presetId),
    ),
    finding: describeFinding(record.results, drawsRatio(estimate), decoded.state.presetId ?? undefined),
  };
}
