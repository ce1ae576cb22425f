import { formatCount } from '../../format/formatCount';
import { formatDayMonthYear } from '../../format/formatDayMonthYear';
import { formatPeopleRange } from '../../format/formatPeople';

/** What a citation says, its parts already written (`citationText`). */
export interface CitationParts {
  year: string;
  title: string;
  version: string;
  /** The figures catalogue, seed and draws (`cite.run`). */
  run: string;
  /** " Modified from the preset …", with its leading space, or ''. */
  provenance: string;
  credit: string;
  accessed: Date;
  url: string;
}

let monthDayYear: Intl.DateTimeFormat | undefined;

/** A CSV range's three columns. */
const range = (name: string) => [`${name} low`, `${name} most likely`, `${name} high`];

/**
 * The report area's English words for code loaded on demand (the results table, the sensitivity
 * panel, the print sheet, citations, the CSV, what an interval covers): said when the edition has
 * none (`REPORT.later`). Apart from `REPORT` so the page's first download does not carry them.
 */
export const LATER = {
  /** What a 90% interval includes: after "It includes" (the method panel) and in the CSV. */
  intervalIncludes:
    'the ranges of every uncertain input, drawn together many times: marriage, fertility and survival, how families cluster in the membership and how shared relatives clump, and the group size, conduct and waiver shares. Marriage and fertility inputs are drawn correlated, since their errors are likely shared.',
  /** What a 90% interval leaves out, each a reason a true value could lie outside it. */
  intervalLeavesOut: [
    'which relatives a law or a quote covers: each reading is estimated separately, and the range across readings is shown beside the interval',
    'the form of the model: the kinship formulas, the birth-age spread and the way shared relatives are counted, beyond the ranges of their inputs',
    'errors in the official counts (membership bulletins, population)',
    'relatives living outside China, who are counted but are not part of its population',
  ],
  /** The whole statement as one paragraph (the CSV). */
  intervalCoverage: (includes: string, leavesOut: readonly string[]) =>
    `90% intervals include ${includes} They leave out ${leavesOut.join('; ')}.`,

  /** "Scope": a column's and a picker's name. */
  scope: 'Scope',
  /** The results table's note above it. */
  tableNote: (draws: number, seed: number, intervalNote: string) =>
    `Medians and 90% intervals over ${formatCount(draws)} draws (seed ${seed}); uncertain counts rounded to three significant figures. ${intervalNote} Each scope's numbers follow the reading of any undefined word for family named in its sentence below.`,
  everyColumn: (count: number) => `Show every column (${count})`,
  tableCaption: 'People reached, by scope',
  /** The results table's column headings. */
  columns: {
    reach: 'People reached (90% interval)',
    share: 'Share of China',
    relatives: 'Relatives per member',
    core: 'People sanctioned directly',
    entities: 'Entities',
    naive: 'Naive reach (no shared relatives)',
    across: 'Across readings of “family”',
    adults: 'Share of adults',
    perYear: 'Constrained per year',
  },
  /** The range of medians across a family word's readings. */
  acrossReadings: (low: number, high: number, readings: number) =>
    `${formatPeopleRange(low, high)} (${readings} readings)`,
  /** A measure and the people it constrains a year, in the table's cell. */
  perYear: (measure: string, people: string) => `${measure}: ${people}`,
  /** Between the measures in one cell. */
  perYearSeparator: '; ',

  /** The sensitivity panel ("What drives the range"). */
  estimatingDraws: 'Estimating the draws behind the range…',
  tornadoTitle: (scope: string) => `What moves the reach of “${scope}”`,
  correlationCaption: "Rank correlation of each input's draws with people reached (−1 to 1)",
  input: 'Input',
  spearman: 'Spearman ρ',
  workingOut: 'Working out which inputs move the reach…',
  histogramTitle: (scope: string, draws: number) =>
    `People reached by “${scope}” in each of ${formatCount(draws)} draws`,

  /** The print sheet: after the bold "Sanction Scope". */
  masthead: ': if a government sanctions this group of people, how many people does it actually reach?',
  stale:
    'These numbers are for the scenario before its last change, which had not been estimated when this was printed: print again to get its own numbers. The link below is for the scenario with the change.',
  assumptions: 'Assumptions',
  year: 'Year',
  legalTest: 'Meeting the legal test',
  waived: 'Waived',
  measures: 'Measures: exposure a year',
  relativesCounted: 'Relatives counted',
  /** No measures, or no relatives. */
  none: 'None',
  /** Relation names in the assumptions table. */
  relationList: (names: readonly string[]) => names.join(', '),
  kinshipModel: 'The kinship model (for relatives): most likely value (range)',
  citeAs: 'Cite as:',

  /** Citations: APA, Chicago and BibTeX keep their forms; the words inside them are the edition's. */
  cite: {
    run: (catalogue: string, seed: number, draws: number) =>
      `figures catalogue ${catalogue}; seed ${seed}, ${formatCount(draws)} draws`,
    apa: (c: CitationParts) =>
      `Sanction Scope. (${c.year}). ${c.title} [Estimate, version ${c.version}; ${c.run}].${c.provenance} ${c.credit} Retrieved ${formatDayMonthYear(c.accessed)}, from ${c.url}`,
    chicago: (c: CitationParts) => {
      monthDayYear ??= new Intl.DateTimeFormat('en-US', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      return `Sanction Scope. ${c.year}. “${c.title}.” Estimate, version ${c.version}; ${c.run}.${c.provenance} ${c.credit} Accessed ${monthDayYear.format(c.accessed)}. ${c.url}.`;
    },
    /** BibTeX's note field. */
    note: (c: CitationParts) => `Estimate, version ${c.version}; ${c.run}.${c.provenance} ${c.credit}`,
    /** BibTeX's language field, or '' for none. */
    language: '',
  },

  /** The CSV: its header, given the kinship model's inputs' keys. */
  csvHeader: (demographic: readonly string[]) => [
    'scope id',
    'scope',
    'year',
    'core people p05',
    'core people median',
    'core people p95',
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
    'undefined family term',
    'reading',
    'people reached across readings, lowest median',
    'people reached across readings, highest median',
    ...range('share meeting the legal test'),
    ...range('waiver share'),
    ...range('visa ban exposure per year'),
    ...range('asset block exposure per year'),
    ...demographic.flatMap(range),
    'seed',
    'draws',
    'figures catalogue',
    'scenario',
    'provenance',
    'link',
    'what the 90% intervals cover',
  ],
  /** A base group of named designations, by their rounds' ids. */
  csvDesignations: (rounds: readonly string[]) => `designations ${rounds.join(' ')}`,
  csvCustom: (label: string) => `custom: ${label}`,
  /** The reading column when the family rule is the scenario's own. */
  csvOwnReading: "the scenario's own",
  csvAsPublished: 'A Sanction Scope preset, as published.',
};
