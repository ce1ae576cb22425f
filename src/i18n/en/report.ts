import { formatCount } from '../../format/formatCount';
import { formatExactPeople, formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { formatRatio } from '../../format/formatRatio';
import { formatOneIn, formatShare } from '../../format/formatShare';
import type { Interval } from '../../model/interval';
import type { LATER } from './reportLater';

/** "a, b and c". */
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
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

  /** A scope's sentence (`summarizeScope`): its reach, who its core is, its relatives, its share of China. */
  summary: (reach: Interval, core: string, relatives: string, share: string) => {
    const exact = reach.p05 === reach.p95;
    const count = exact ? formatPeopleInterval(reach) : `About ${formatPeopleInterval(reach)}`;
    return `${count} ${persons(reach.median)}: ${core}${relatives}; ${share}.`;
  },
  /** The core's count: an official count in full, an estimate rounded. */
  coreCount: (count: number, exact: boolean) => (exact ? formatExactPeople(count) : `about ${formatPeople(count)}`),
  coreNamed: (people: number, entities: number) => {
    const named = `${people} named ${people === 1 ? 'official' : 'officials'}`;
    return entities > 0 ? `${named} (and ${entities} ${entities === 1 ? 'entity' : 'entities'})` : named;
  },
  coreCustom: (count: string, label: string) => `${count} people (${label})`,
  /** A group's members: `whole` when everyone in it is covered (no legal test, no waivers). */
  coreGroup: (count: string, group: string, whole: boolean) => {
    // "All Party members" reads as "Party members"; a body reads as "members of the …".
    const members = group.startsWith('All ') ? group.slice(4) : `members of the ${group}`;
    return whole ? `${count} ${members}` : `${count} ${members} (those meeting the legal test)`;
  },
  noRelatives: ', no relatives covered',
  /** Relatives covered: `each` per member, then which (`relativesList`, or a reading). */
  relatives: (each: string, which: string) => `, with about ${each} covered relatives each (${which})`,
  /** Relation names ("Spouse", "Children aged 18-20") as a sentence lists them. */
  relativesList: (names: readonly string[]) =>
    list(names.map((name) => name.toLowerCase().replace('children aged ', 'children '))),
  /** The reading a scope's relatives follow, and the range across every reading. */
  relativesReading: (reading: string, readings: number, low: number, high: number) =>
    `${reading}; ${formatPeopleRange(low, high)} across its ${readings} readings`,
  oneReading: (label: string, words: string) => `${label.toLowerCase()}: one reading of “${words}”`,
  ownReading: (relatives: string, words: string) => `${relatives}: the reader's own reading of “${words}”`,
  /** The share of China: a percentage, or one in so many people when tiny. */
  shareOneIn: (share: number) => `about ${formatOneIn(share)} people in China`,
  sharePercent: (share: number) => `${formatShare(share)} of China`,

  /** Provenance: how a changed preset differs, each change naming its scope (`name`, quoted). */
  changed: {
    renamed: (name: string, label: string) => `${name} renamed ${label}`,
    year: (name: string, from: number, to: number) => `year of ${name} ${from} → ${to}`,
    base: (name: string) => `base group of ${name} changed`,
    added: (relations: readonly string[], name: string) => `${list(relations.map(lowerFirst))} added to ${name}`,
    removed: (relations: readonly string[], name: string) => `${list(relations.map(lowerFirst))} removed from ${name}`,
    term: (name: string, words: string) => `undefined word for family in ${name} now “${words}”`,
    termDropped: (name: string) => `undefined word for family in ${name} dropped`,
    legalTest: (name: string, from: string, to: string) =>
      `share of ${name} meeting the legal test ${from} → ${to} (most likely)`,
    waiver: (name: string, from: string, to: string) => `waiver share of ${name} ${from} → ${to} (most likely)`,
    measures: (name: string) => `measures of ${name} changed`,
    description: (name: string) => `description of ${name} changed`,
    /** How a change names a scope already named (the list beside the live chart). */
    theScope: 'the scope',
    retitled: (title: string) => `retitled ${title} by whoever made this link`,
    redescribed: 'description rewritten by whoever made this link',
    scopeRemoved: (label: string) => `scope ${label} removed`,
    scopeAdded: (label: string) => `scope ${label} added`,
    reordered: 'scopes reordered',
    assumption: (label: string) => `assumption changed: ${lowerFirst(label)}`,
    seed: (seed: number, preset: number) => `seed ${seed} (the preset's is ${preset})`,
    draws: (draws: number, preset: number) => `${formatCount(draws)} draws (the preset uses ${formatCount(preset)})`,
  },
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
