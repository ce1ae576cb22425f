import { formatCount } from '../format/formatCount';
import { familyReadingById } from '../data/familyReadings';
import {
  formatExactPeople,
  formatPeople,
  formatPeopleInterval,
  formatPeopleMedian,
  formatPeopleRange,
} from '../format/formatPeople';
import { formatShareInterval } from '../format/formatShare';
import { INSTRUMENT_LABELS } from '../scenario/scenario';
import type { EstimateRecord, ScopeRecord } from './estimateRecord';
import { intervalNote } from './intervalCoverage';

const COLUMNS = [
  'Scope',
  'Core',
  'Entities',
  'Relatives/member',
  'Naive reach',
  'Reach: median (90% interval)',
  'Across readings',
  'Share of population',
  'Constrained per year',
];

/** The core: an exact count in full, an uncertain one rounded. */
function coreText(result: ScopeRecord): string {
  return result.coreInterval.p05 === result.coreInterval.p95
    ? formatExactPeople(result.core)
    : formatPeopleInterval(result.coreInterval);
}

/**
 * The estimate as a plain-text table for a terminal: one row per scope, columns padded to line
 * up, uncertain counts rounded to three significant figures, and for a scope whose measure leaves
 * "family" undefined, the range of medians across its readings; below the table, the reading each
 * such scope's numbers follow, and what the intervals leave out.
 */
export function formatTable(record: EstimateRecord): string {
  const rows = record.results.map((result) => [
    result.label,
    coreText(result),
    String(result.entities),
    result.relativesPerMember.median.toFixed(2),
    formatPeopleMedian(result.naiveReach),
    formatPeopleInterval(result.reach),
    result.family ? formatPeopleRange(result.family.acrossReadings.low, result.family.acrossReadings.high) : '–',
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
  const readings = record.results.flatMap((result) => {
    if (!result.family) return [];
    const chosen = result.family.chosenReading ? familyReadingById(result.family.chosenReading)?.label : undefined;
    const which = chosen ? `read as ${chosen.toLowerCase()}` : "read by the scenario's own family rule";
    return [
      `${result.label}: “${result.family.words}” ${which}; ${result.family.readings.length} readings, --json lists each.`,
    ];
  });
  const { scenario } = record;
  return [
    scenario.title,
    `seed ${scenario.seed}, ${formatCount(scenario.samples)} draws, figures catalogue ${scenario.catalogueVersion}; uncertain counts rounded to 3 significant figures`,
    '',
    line(COLUMNS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...readings,
    intervalNote(),
  ].join('\n');
}
