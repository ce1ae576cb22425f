import { instrumentLabel, relationLabel } from '../i18n/editorPart';
import { shown } from '../data/shownText';
import { DEMOGRAPHIC_LABELS } from '../data/demographicLabels';
import { formatInputRange, formatInputValue } from '../format/formatInputValue';
import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';
import type { Scenario } from '../scenario/scenario';
import { laterWords } from './laterWords';

/** The assumptions behind a scenario's numbers, in words, as a printed page lists them. */
export interface AssumptionsTable {
  /** One row per scope, in the scenario's order. */
  scopes: {
    label: string;
    /** The year of the group's size ("2024"). */
    year: string;
    /** Share of the group meeting the measure's legal test: "100%", or "60% (40%–80%)". */
    legalTest: string;
    /** Share of those granted a waiver, in the same form. */
    waived: string;
    /** Each measure with the share of people reached who run into it a year ("Visa ban 3% (0.5%–10%)"); none for none. */
    measures: string[];
    /** The relatives counted, or "None". */
    relatives: string;
  }[];
  /** The kinship model's inputs, each as its most likely value with its range. */
  demographic: { label: string; value: string }[];
}

/** "85%" when exact, else the most likely value with the range: "90% (85%–94%)". */
function rangeText(range: Range, unit: string): string {
  const mode = formatInputValue(range.mode, unit);
  return range.low === range.high
    ? mode
    : `${mode} (${formatInputRange({ lowValue: range.low, highValue: range.high, unit })})`;
}

/**
 * A scenario's assumptions as a table: the ones each scope sets and the kinship model's, which
 * every scope with relatives shares.
 *
 * @param scenario the scenario the numbers shown were estimated from
 * @param demographic the kinship model's ranges in effect (`demographicRanges`)
 */
export function assumptionsTable(scenario: Scenario, demographic: Record<DemographicKey, Range>): AssumptionsTable {
  const share = 'share (0-1)';
  const w = laterWords();
  return {
    scopes: scenario.scopes.map((scope) => ({
      label: scope.label,
      year: String(scope.base.year),
      legalTest: rangeText(scope.conductShare, share),
      waived: rangeText(scope.waiverShare, share),
      measures: scope.instruments.map(
        ({ kind, exposurePerYear }) => `${instrumentLabel(kind)} ${rangeText(exposurePerYear, share)}`,
      ),
      relatives: w.relationList(scope.family.map(relationLabel)) || w.none,
    })),
    demographic: DEMOGRAPHIC_KEYS.map((key) => ({
      label: shown('inputs', key, DEMOGRAPHIC_LABELS[key].label),
      value: rangeText(demographic[key], DEMOGRAPHIC_LABELS[key].unit),
    })),
  };
}
