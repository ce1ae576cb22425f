import { formatExactPeople, formatPeople, formatPeopleInterval, formatPeopleRange } from '../../format/formatPeople';
import { formatOneIn, formatShare } from '../../format/formatShare';
import type { Interval } from '../../model/interval';

/** "a, b and c". */
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const persons = (count: number) => (count === 1 ? 'person' : 'people');

/**
 * Who of a scope's base its core holds: everyone; only those meeting the legal test; everyone less
 * those waived; or those meeting the test, less those waived.
 */
export type CoreWho = 'whole' | 'test' | 'waived' | 'both';
const CORE_WHO: Record<CoreWho, string> = {
  whole: '',
  test: ' (those meeting the legal test)',
  waived: ' (less those waived)',
  both: ' (those meeting the legal test, less those waived)',
};

/**
 * Each scope's result in one sentence (`summarizeScope`), in English: apart from the report's other
 * words, so they download with that code, after the page's first screen.
 */
export const SCOPE_SENTENCES = {
  /** A scope's sentence (`summarizeScope`): its reach, who its core is, its relatives, its share of China. */
  summary: (reach: Interval, core: string, relatives: string, share: string) => {
    const exact = reach.p05 === reach.p95;
    const count = exact ? formatPeopleInterval(reach) : `About ${formatPeopleInterval(reach)}`;
    return `${count} ${persons(reach.median)}: ${core}${relatives}; ${share}.`;
  },
  /** The core's count: an official count in full, an estimate rounded. */
  coreCount: (count: number, exact: boolean) => (exact ? formatExactPeople(count) : `about ${formatPeople(count)}`),
  /**
   * Named designees: `covered`, when the legal test or waivers leave only some of them in the core,
   * gives how many and why ("about 2 of 4 named officials (those meeting the legal test)").
   */
  coreNamed: (people: number, entities: number, covered?: { count: string; who: CoreWho }) => {
    const named = `${people} named ${people === 1 ? 'official' : 'officials'}`;
    const some = covered ? `${covered.count} of ${named}${CORE_WHO[covered.who]}` : named;
    return entities > 0 ? `${some} (and ${entities} ${entities === 1 ? 'entity' : 'entities'})` : some;
  },
  coreCustom: (count: string, label: string, who: CoreWho) => `${count} people (${label})${CORE_WHO[who]}`,
  /** A group's members, and who of them the core holds (`CoreWho`). */
  coreGroup: (count: string, group: string, who: CoreWho) => {
    // "All Party members" reads as "Party members"; a body reads as "members of the …".
    const members = group.startsWith('All ') ? group.slice(4) : `members of the ${group}`;
    return `${count} ${members}${CORE_WHO[who]}`;
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
};
