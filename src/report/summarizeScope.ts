import { groupById } from '../data/catalogue';
import { RELATION_LABELS, type RelationType } from '../model/relationType';
import { namedDesignees } from '../scenario/resolveScenario';
import type { Scope } from '../scenario/scenario';
import type { ScopeRecord } from './estimateRecord';
import { formatPeople, formatPeopleInterval, formatPeopleMedian } from './formatPeople';
import { formatShare } from './formatShare';

/** "spouses, children under 18 and parents", from a family rule. */
function relativesPhrase(family: readonly RelationType[]): string {
  const names = family.map((type) => RELATION_LABELS[type].toLowerCase().replace('children aged ', 'children '));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who the core is, in words: "376 members of the 20th Central Committee (full and alternate)". */
function corePhrase(record: ScopeRecord, scope: Scope): string {
  const exact = record.coreInterval.p05 === record.coreInterval.p95;
  const core = exact ? formatPeopleMedian(record.coreInterval) : `about ${formatPeople(record.core)}`;
  const base = scope.base;
  if (base.kind === 'named') {
    const { people, entities } = namedDesignees(base.roundIds);
    const named = `${people.length} named ${people.length === 1 ? 'official' : 'officials'}`;
    return entities.length > 0
      ? `${named} (and ${entities.length} ${entities.length === 1 ? 'entity' : 'entities'})`
      : named;
  }
  if (base.kind === 'custom') return `${core} people (${base.groupLabel})`;
  const label = groupById(base.groupId)?.label ?? base.groupId;
  // "All Party members" reads as "Party members"; a body reads as "members of the …".
  const members = label.startsWith('All ') ? label.slice(4) : `members of the ${label}`;
  const whole = scope.conductShare.high === 1 && scope.conductShare.low === 1 && scope.waiverShare.high === 0;
  return whole ? `${core} ${members}` : `${core} ${members} (those meeting the legal test)`;
}

/**
 * One plain sentence per scope, for the chart caption, screen readers and share previews:
 * "About 3,580 (3,310–3,850) people: 376 members of the 20th Central Committee (full and alternate),
 * with about 8.5 covered relatives each (spouse, …); 0.000254% of China."
 */
export function summarizeScope(record: ScopeRecord, scope: Scope): string {
  const exact = record.reach.p05 === record.reach.p95;
  const reach = exact ? formatPeopleInterval(record.reach) : `About ${formatPeopleInterval(record.reach)}`;
  const people = `${reach} ${record.reach.median === 1 ? 'person' : 'people'}`;
  const k = record.relativesPerMember.median;
  const relatives =
    scope.family.length === 0
      ? ', no relatives covered'
      : `, with about ${k >= 10 ? Math.round(k) : k.toFixed(1)} covered relatives each (${relativesPhrase(scope.family)})`;
  return `${people}: ${corePhrase(record, scope)}${relatives}; ${formatShare(record.shareOfPopulation.median)} of China.`;
}
