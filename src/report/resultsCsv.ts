import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';
import type { InstrumentKind, Scenario } from '../scenario/scenario';
import type { Provenance } from './describeProvenance';
import type { EstimateRecord } from './estimateRecord';
import { intervalCoverageText } from './intervalCoverage';
import { laterWords } from './laterWords';

/** An uncertain number to three significant figures: a CSV must not claim digits the model lacks. */
function rounded(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(3)) : value;
}

/** A median or interval end: in full when the interval is exact (an official count), else rounded. */
function estimateCell(value: number, interval: { p05: number; p95: number }): number {
  return interval.p05 === interval.p95 ? value : rounded(value);
}

/**
 * One CSV cell. Quotes cells with commas, semicolons (the separator where the decimal mark is a
 * comma), quotes or line breaks, and defuses text that a spreadsheet would run as a formula (a
 * label from a shared link could start with "=").
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const rangeCells = (range: Range | undefined): (string | number)[] =>
  range ? [range.low, range.mode, range.high] : ['', '', ''];

/**
 * The results as CSV: one row per scope with its estimates (persons; shares 0-1) rounded to three
 * significant figures where uncertain (exact counts in full; the unrounded numbers are in the
 * JSON export), the reading of the measure's undefined word for family and the range across its
 * readings, then the assumptions that produced them (the scope's own ranges and the shared
 * demographic ones), the seed, draws, catalogue version, the title as shown with where the
 * numbers come from (a preset as published, or what was changed), and link, so a row can be
 * reproduced on its own, and what the intervals leave out.
 */
export function resultsCsv(
  record: EstimateRecord,
  scenario: Scenario,
  demographic: Record<DemographicKey, Range>,
  link: string,
  provenance: Provenance,
): string {
  const w = laterWords();
  const header = w.csvHeader(DEMOGRAPHIC_KEYS);
  const coverage = intervalCoverageText();
  const rows = record.results.map((result) => {
    const scope = scenario.scopes.find((s) => s.id === result.id)!;
    const base = scope.base;
    const baseText =
      base.kind === 'group'
        ? `${base.groupId} ${base.year}`
        : base.kind === 'named'
          ? w.csvDesignations(base.roundIds)
          : w.csvCustom(base.groupLabel);
    const exposure = (kind: InstrumentKind) => scope.instruments.find((i) => i.kind === kind)?.exposurePerYear;
    const constrained = (kind: InstrumentKind) =>
      result.constrainedPerYear.find((c) => c.instrument === kind)?.median ?? '';
    const core = result.coreInterval;
    const reach = result.reach;
    const share = result.shareOfPopulation;
    return [
      result.id,
      result.label,
      result.year,
      estimateCell(core.p05, core),
      estimateCell(core.median, core),
      estimateCell(core.p95, core),
      result.entities,
      rounded(result.relativesPerMember.median),
      estimateCell(result.naiveReach.median, result.naiveReach),
      estimateCell(reach.median, reach),
      estimateCell(reach.p05, reach),
      estimateCell(reach.p95, reach),
      estimateCell(share.median, share),
      estimateCell(share.p05, share),
      estimateCell(share.p95, share),
      estimateCell(result.shareOfAdults.median, result.shareOfAdults),
      typeof constrained('visaBan') === 'number' ? rounded(constrained('visaBan') as number) : '',
      typeof constrained('assetBlock') === 'number' ? rounded(constrained('assetBlock') as number) : '',
      baseText,
      scope.family.join(' '),
      result.family?.words ?? '',
      result.family ? (result.family.chosenReading ?? w.csvOwnReading) : '',
      result.family ? rounded(result.family.acrossReadings.low) : '',
      result.family ? rounded(result.family.acrossReadings.high) : '',
      ...rangeCells(scope.conductShare),
      ...rangeCells(scope.waiverShare),
      ...rangeCells(exposure('visaBan')),
      ...rangeCells(exposure('assetBlock')),
      ...DEMOGRAPHIC_KEYS.flatMap((key) => rangeCells(demographic[key])),
      record.scenario.seed,
      record.scenario.samples,
      record.scenario.catalogueVersion,
      provenance.shownTitle,
      provenance.line || w.csvAsPublished,
      link,
      coverage,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
