import { INSTRUMENT_LABELS } from '../scenario/scenario';
import type { EstimateRecord } from './estimateRecord';
import { formatPeople, formatPeopleInterval, formatPeopleMedian } from './formatPeople';
import { formatShareInterval } from './formatShare';

const COLUMNS = [
  'Scope',
  'Core',
  'Entities',
  'Relatives/member',
  'Naive reach',
  'Reach: median (90% interval)',
  'Share of population',
  'Constrained per year',
];

/**
 * The estimate as a plain-text table for a terminal: one row per scope, columns padded to line
 * up, counts rounded to three significant figures.
 */
export function formatTable(record: EstimateRecord): string {
  const rows = record.results.map((result) => [
    result.label,
    formatPeopleInterval(result.coreInterval),
    String(result.entities),
    result.relativesPerMember.median.toFixed(2),
    formatPeopleMedian(result.naiveReach),
    formatPeopleInterval(result.reach),
    formatShareInterval(result.shareOfPopulation),
    result.constrainedPerYear
      .map((c) => `${INSTRUMENT_LABELS[c.instrument].toLowerCase()} ${formatPeople(c.median)}`)
      .join(', ') || '–',
  ]);
  const widths = COLUMNS.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 || c === cells.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  const { scenario } = record;
  return [
    scenario.title,
    `seed ${scenario.seed}, ${scenario.samples.toLocaleString('en-US')} draws, figures catalogue ${scenario.catalogueVersion}; people rounded to 3 significant figures`,
    '',
    line(COLUMNS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
