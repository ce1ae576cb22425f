import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';
import type { Scenario } from '../scenario/scenario';
import type { EstimateRecord } from './estimateRecord';

/**
 * One CSV cell. Quotes cells with commas, quotes or line breaks, and defuses text that a
 * spreadsheet would run as a formula (a label from a shared link could start with "=").
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const rangeColumns = (name: string) => [`${name} low`, `${name} most likely`, `${name} high`];
const rangeCells = (range: Range | undefined): (string | number)[] =>
  range ? [range.low, range.mode, range.high] : ['', '', ''];

/**
 * The results as CSV: one row per scope with its estimates (persons; shares 0-1), then the
 * assumptions that produced them (the scope's own ranges and the shared demographic ones), and
 * the seed, draws, catalogue version and link, so a row can be reproduced on its own.
 */
export function resultsCsv(
  record: EstimateRecord,
  scenario: Scenario,
  demographic: Record<DemographicKey, Range>,
  link: string,
): string {
  const header = [
    'scope id',
    'scope',
    'year',
    ...rangeColumns('core people').map((c) =>
      c.replace('low', 'p05').replace('most likely', 'median').replace('high', 'p95'),
    ),
    'entities',
    'relatives per member median',
    'naive reach median',
    'people reached median',
    'people reached p05',
    'people reached p95',
    'share of population median',
    'share of population p05',
    'share of population p95',
    'share of adults median',
    'visa ban constrained per year median',
    'asset block constrained per year median',
    'base group',
    'relatives covered',
    ...rangeColumns('share meeting the legal test'),
    ...rangeColumns('waiver share'),
    ...rangeColumns('visa ban exposure per year'),
    ...rangeColumns('asset block exposure per year'),
    ...DEMOGRAPHIC_KEYS.flatMap((key) => rangeColumns(key)),
    'seed',
    'draws',
    'figures catalogue',
    'link',
  ];
  const rows = record.results.map((result) => {
    const scope = scenario.scopes.find((s) => s.id === result.id)!;
    const base = scope.base;
    const baseText =
      base.kind === 'group'
        ? `${base.groupId} ${base.year}`
        : base.kind === 'named'
          ? `designations ${base.roundIds.join(' ')}`
          : `custom: ${base.groupLabel}`;
    const exposure = (kind: 'visaBan' | 'assetBlock') =>
      scope.instruments.find((i) => i.kind === kind)?.exposurePerYear;
    const constrained = (kind: 'visaBan' | 'assetBlock') =>
      result.constrainedPerYear.find((c) => c.instrument === kind)?.median ?? '';
    return [
      result.id,
      result.label,
      result.year,
      result.coreInterval.p05,
      result.coreInterval.median,
      result.coreInterval.p95,
      result.entities,
      result.relativesPerMember.median,
      result.reach.naive,
      result.reach.median,
      result.reach.p05,
      result.reach.p95,
      result.shareOfPopulation.median,
      result.shareOfPopulation.p05,
      result.shareOfPopulation.p95,
      result.shareOfAdults.median,
      constrained('visaBan'),
      constrained('assetBlock'),
      baseText,
      scope.family.join(' '),
      ...rangeCells(scope.conductShare),
      ...rangeCells(scope.waiverShare),
      ...rangeCells(exposure('visaBan')),
      ...rangeCells(exposure('assetBlock')),
      ...DEMOGRAPHIC_KEYS.flatMap((key) => rangeCells(demographic[key])),
      record.scenario.seed,
      record.scenario.samples,
      record.scenario.catalogueVersion,
      link,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
