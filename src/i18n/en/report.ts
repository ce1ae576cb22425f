import { formatCount } from '../../format/formatCount';
import { formatExactPeople, formatPeople, formatPeopleRange } from '../../format/formatPeople';
import { formatRatio } from '../../format/formatRatio';
import { formatShare } from '../../format/formatShare';
import type { Interval } from '../../model/interval';
import type { LATER } from './reportLater';

const persons = (count: number) => (count === 1 ? 'person' : 'people');

/**
 * The report area's words in English (see `wordsFor`): what the page says about its numbers. Only
 * the words of code the page (and the embed) loads at once are here; those of code loaded on demand
 * (the table, the print sheet, citations, the CSV) are in `./reportLater`, downloaded with that code.
 */
export const REPORT = {
  /** The finding (the card's title): an official count's reach, in full. */
  reachExact: (count: number) => `${formatExactPeople(count)} ${persons(count)}`,
  /** The finding: an estimate's reach with its 90% interval. */
  reachAbout: (reach: Interval) =>
    `about ${formatPeople(reach.median)} people (${formatPeopleRange(reach.p05, reach.p95)})`,
  /** The finding with a scope to compare against: `who` and `base` are scope names, `reach` a `reachAbout`. */
  findingRatio: (who: string, reach: string, ratio: Interval, base: string) =>
    `${who} would reach ${reach}, ${formatRatio(ratio)} as many as “${base}”.`,
  findingShare: (who: string, reach: string, share: number) =>
    `${who} would reach ${reach}, ${formatShare(share)} of China’s population.`,
  /** Under the finding: the reading of the undefined word for family (`label`, or the reader's own when undefined). */
  findingReading: (words: string, label: string | undefined, readings: number, low: number, high: number) =>
    `${label === undefined ? `The reader’s own reading of “${words}”` : `“${words}” read as ${label.toLowerCase()}`}; its ${readings} readings give ${formatPeopleRange(low, high)}.`,

  /** Provenance of a scenario built from scratch. */
  scratch: 'Built from scratch, not a Sanction Scope preset: its title, description and names are its author’s.',
  /** A preset's title once anything changed. */
  modifiedTitle: (title: string) => `${title} (modified)`,
  /**
   * The provenance line: the preset's title (quoted), the changes listed, and how many more; none
   * listed while they are being described.
   */
  modified: (preset: string, listed: readonly string[], more: number) =>
    listed.length === 0
      ? `Modified from the preset ${preset}.`
      : `Modified from the preset ${preset}: ${listed.join('; ')}${more > 0 ? `; and ${more} more change${more === 1 ? '' : 's'}` : ''}.`,

  /** An exported chart's footer: the provenance line (or ''), then where the numbers come from (`run`). */
  sourceLine: (provenance: string, run: string) => {
    const source = `Source: Sanction Scope estimate, ${run}`;
    return provenance ? `${provenance} ${source}` : source;
  },
  /** What reproduces a run (the card's footer, the end of the source line). */
  run: (catalogue: string, draws: number, seed: number) =>
    `figures catalogue ${catalogue}; median and 90% interval over ${formatCount(draws)} draws (seed ${seed}).`,
  /** Whose figures the estimates rest on: on the card and in every citation. */
  credit:
    'Data: the Communist Party of China’s membership bulletins, China’s census and national statistics, and the US Treasury’s and State Department’s designations.',
  /** What a 90% interval leaves out, in one sentence (captions, footnotes, the embed). */
  intervalNote:
    '90% intervals cover the uncertain inputs only, not which relatives count (shown as readings) or the form of the model.',
  /**
   * The words of the code loaded on demand: English in `./reportLater` (with that code, so the
   * page's first download does not carry them); an edition's are here.
   */
  later: undefined as typeof LATER | undefined,
};
