import { groupById } from '../data/catalogue';
import { isolate } from '../format/isolate';
import { familyReadingById } from '../data/familyReadings';
import { formatExactPeople, formatPeople, formatPeopleInterval, formatPeopleRange } from '../format/formatPeople';
import { formatOneIn, formatShare, SMALLEST_PERCENT } from '../format/formatShare';
import { RELATION_LABELS, type RelationType } from '../model/relationType';
import { namedDesignees } from '../scenario/resolveScenario';
import type { Scope } from '../scenario/scenario';
import type { ScopeRecord } from './estimateRecord';

/** "spouses, children under 18 and parents", from a family rule. */
function relativesPhrase(family: readonly RelationType[]): string {
  const names = family.map((type) => RELATION_LABELS[type].toLowerCase().replace('children aged ', 'children '));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who the core is, in words: "376 members of the 20th Central Committee (full and alternate)". */
function corePhrase(record: ScopeRecord, scope: Scope): string {
  const exact = record.coreInterval.p05 === record.coreInterval.p95;
  const core = exact ? formatExactPeople(record.core) : `about ${formatPeople(record.core)}`;
  const base = scope.base;
  if (base.kind === 'named') {
    const { people, entities } = namedDesignees(base.roundIds);
    const named = `${people.length} named ${people.length === 1 ? 'official' : 'officials'}`;
    return entities.length > 0
      ? `${named} (and ${entities.length} ${entities.length === 1 ? 'entity' : 'entities'})`
      : named;
  }
  if (base.kind === 'custom') return `${core} people (${isolate(base.groupLabel)})`;
  const label = groupById(base.groupId)?.label ?? base.groupId;
  // "All Party members" reads as "Party members"; a body reads as "members of the …".
  const members = label.startsWith('All ') ? label.slice(4) : `members of the ${label}`;
  const whole = scope.conductShare.high === 1 && scope.conductShare.low === 1 && scope.waiverShare.high === 0;
  return whole ? `${core} ${members}` : `${core} ${members} (those meeting the legal test)`;
}

/** Which relatives count, and under which reading of the measure's undefined word for family. */
function relativesClause(record: ScopeRecord, scope: Scope): string {
  if (scope.family.length === 0) return ', no relatives covered';
  const k = record.relativesPerMember.median;
  const each = `with about ${k >= 10 ? Math.round(k) : k.toFixed(1)} covered relatives each`;
  const family = record.family;
  if (!family) return `, ${each} (${relativesPhrase(scope.family)})`;
  const chosen = family.chosenReading ? familyReadingById(family.chosenReading) : undefined;
  const reading = chosen
    ? `${chosen.label.toLowerCase()}: one reading of “${family.words}”`
    : `${relativesPhrase(scope.family)}: the reader's own reading of “${family.words}”`;
  const across = formatPeopleRange(family.acrossReadings.low, family.acrossReadings.high);
  return `, ${each} (${reading}; ${across} across its ${family.readings.length} readings)`;
}

/** The share of China, as a percentage or, when tiny, as one in so many people. */
function sharePhrase(share: number): string {
  return share > 0 && share < SMALLEST_PERCENT
    ? `about ${formatOneIn(share)} people in China`
    : `${formatShare(share)} of China`;
}

/**
 * One plain sentence per scope, for the chart caption, screen readers and share previews:
 * "About 3,610 (3,350–3,890) people: about 369 members of the 20th Central Committee …, with
 * about 8.8 covered relatives each (spouse, adult children, …: one reading of “adult family
 * member”; 1,070–7,380 across its 3 readings); about 1 in 390,000 people in China."
 */
export function summarizeScope(record: ScopeRecord, scope: Scope): string {
  const exact = record.reach.p05 === record.reach.p95;
  const reach = exact ? formatPeopleInterval(record.reach) : `About ${formatPeopleInterval(record.reach)}`;
  const people = `${reach} ${record.reach.median === 1 ? 'person' : 'people'}`;
  return `${people}: ${corePhrase(record, scope)}${relativesClause(record, scope)}; ${sharePhrase(record.shareOfPopulation.median)}.`;
}
