import { relationLabel } from '../i18n/editorPart';
import { shown } from '../data/shownText';
import { groupById } from '../data/catalogue';
import { isolate } from '../format/isolate';
import { relativesEach } from '../format/relativesEach';
import { familyReadingById } from '../data/familyReadings';
import { SMALLEST_PERCENT } from '../format/formatShare';
import { SCOPE_SENTENCES, type CoreWho } from '../i18n/en/scopeSentences';
import { wordsFor } from '../i18n/wordsFor';
import type { RelationType } from '../model/relationType';
import { namedDesignees } from '../scenario/resolveScenario';
import type { Scope } from '../scenario/scenario';
import type { ScopeRecord } from './estimateRecord';

type Words = typeof SCOPE_SENTENCES;

/** "spouses, children under 18 and parents", from a family rule. */
function relativesPhrase(family: readonly RelationType[], w: Words): string {
  return w.relativesList(family.map(relationLabel));
}

/** Who of the base the core holds: a legal test below 100% or any waiver leaves only some. */
function coreWho(scope: Scope): CoreWho {
  const tested = !(scope.conductShare.low === 1 && scope.conductShare.high === 1);
  const waived = scope.waiverShare.high > 0;
  return tested ? (waived ? 'both' : 'test') : waived ? 'waived' : 'whole';
}

/** Who the core is, in words: "376 members of the 20th Central Committee (full and alternate)". */
function corePhrase(record: ScopeRecord, scope: Scope, w: Words): string {
  const exact = record.coreInterval.p05 === record.coreInterval.p95;
  const core = w.coreCount(record.core, exact);
  const who = coreWho(scope);
  const base = scope.base;
  if (base.kind === 'named') {
    const { people, entities } = namedDesignees(base.roundIds);
    return w.coreNamed(people.length, entities.length, who === 'whole' ? undefined : { count: core, who });
  }
  if (base.kind === 'custom') return w.coreCustom(core, isolate(base.groupLabel), who);
  const label = shown('groups', base.groupId, groupById(base.groupId)?.label ?? base.groupId);
  return w.coreGroup(core, label, who);
}

/** Which relatives count, and under which reading of the measure's undefined word for family. */
function relativesClause(record: ScopeRecord, scope: Scope, w: Words): string {
  if (scope.family.length === 0) return w.noRelatives;
  const each = relativesEach(record.relativesPerMember.median);
  const family = record.family;
  if (!family) return w.relatives(each, relativesPhrase(scope.family, w));
  const chosen = family.chosenReading ? familyReadingById(family.chosenReading) : undefined;
  const reading = chosen
    ? w.oneReading(shown('readingLabels', chosen.id, chosen.label), family.words)
    : w.ownReading(relativesPhrase(scope.family, w), family.words);
  const { low, high } = family.acrossReadings;
  return w.relatives(each, w.relativesReading(reading, family.readings.length, low, high));
}

/** The share of China, as a percentage or, when tiny, as one in so many people. */
function sharePhrase(share: number, w: Words): string {
  return share > 0 && share < SMALLEST_PERCENT ? w.shareOneIn(share) : w.sharePercent(share);
}

/**
 * One plain sentence per scope, for the chart caption, screen readers and share previews:
 * "About 3,610 (3,350–3,890) people: about 369 members of the 20th Central Committee …, with
 * about 8.8 covered relatives each (spouse, adult children, …: one reading of “adult family
 * member”; 1,070–7,380 across its 3 readings); about 1 in 390,000 people in China."
 */
export function summarizeScope(record: ScopeRecord, scope: Scope): string {
  const w = wordsFor('scopeSentences', SCOPE_SENTENCES);
  return w.summary(
    record.reach,
    corePhrase(record, scope, w),
    relativesClause(record, scope, w),
    sharePhrase(record.shareOfPopulation.median, w),
  );
}
