import { relationLabel } from '../i18n/editorPart';
import { shown as shownText } from '../data/shownText';
import { DEMOGRAPHIC_LABELS } from '../data/demographicLabels';
import { familyTermById } from '../data/familyReadings';
import { DEMOGRAPHIC_KEYS } from '../model/demographicParameters';
import { sameRange } from '../model/range';
import type { RelationType } from '../model/relationType';
import type { Scenario, Scope } from '../scenario/scenario';
import { isolate } from '../format/isolate';
import { REPORT } from '../i18n/en/report';
import { CHANGES } from '../i18n/en/changes';
import { wordsFor } from '../i18n/wordsFor';

/** Where the numbers shown come from, in words a reader can check. */
export interface Provenance {
  /** A preset as published; a preset someone changed; or a scenario built from scratch. */
  kind: 'preset' | 'modified' | 'scratch';
  /**
   * The title to show: the preset's, marked "(modified)" once anything changed, so a preset's
   * title never stands alone over numbers it did not produce; or the one the link's author wrote.
   */
  shownTitle: string;
  /** Whether the title, the description, or any scope's name was written by whoever made the link. */
  authorTitle: boolean;
  authorDescription: boolean;
  authorLabels: boolean;
  /** Each change from the preset, in words ("parents added to “Members and immediate family”"). */
  changes: string[];
  /**
   * By scope id, the changes that can move that scope's numbers: its own (not its name or
   * description), then those every scope shares (assumptions, seed, draws). Empty for a preset as
   * published and for scratch.
   */
  causes: Record<string, string[]>;
  /**
   * One line for the page, the embed, exports and citations: empty for a preset as published;
   * "Modified from the preset “…”: parents added to “…”; seed 7 (the preset's is 20201202)."
   */
  line: string;
  /**
   * True while a scenario is known to differ from its preset but its changes are not described
   * yet (`provenanceAtOnce`): it is named modified all the same, and its changes follow.
   */
  pending?: true;
}

/** Changes listed by name in `line`; the rest are counted. */
const MAX_LISTED_CHANGES = 4;

const quoted = (text: string) => `“${isolate(text)}”`;
const percent = (share: number) => `${Number((share * 100).toPrecision(3))}%`;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Relation types' names, for "parents and siblings". */
const relationNames = (types: readonly RelationType[]) => types.map(relationLabel);

/**
 * How one scope differs from the preset's scope of the same id, in words.
 *
 * @param name how the words name the scope: its quoted label, or "the scope" where the scope is
 *   named already (the change list beside the live chart)
 */
function scopeChanges(scope: Scope, preset: Scope, name = quoted(preset.label)): string[] {
  const w = wordsFor('changes', CHANGES);
  const changes: string[] = [];
  if (scope.label !== preset.label) changes.push(w.renamed(name, quoted(scope.label)));
  if (!sameJson(scope.base, preset.base)) {
    const yearOnly =
      scope.base.kind === preset.base.kind &&
      sameJson({ ...scope.base, year: 0 }, { ...preset.base, year: 0 }) &&
      scope.base.year !== preset.base.year;
    changes.push(yearOnly ? w.year(name, preset.base.year, scope.base.year) : w.base(name));
  }
  const added = scope.family.filter((type) => !preset.family.includes(type));
  const removed = preset.family.filter((type) => !scope.family.includes(type));
  if (added.length > 0) changes.push(w.added(relationNames(added), name));
  if (removed.length > 0) changes.push(w.removed(relationNames(removed), name));
  if (scope.familyTerm !== preset.familyTerm) {
    const term = scope.familyTerm === undefined ? undefined : familyTermById(scope.familyTerm);
    changes.push(term ? w.term(name, shownText('termWords', term.id, term.words)) : w.termDropped(name));
  }
  if (!sameRange(scope.conductShare, preset.conductShare)) {
    changes.push(w.legalTest(name, percent(preset.conductShare.mode), percent(scope.conductShare.mode)));
  }
  if (!sameRange(scope.waiverShare, preset.waiverShare)) {
    changes.push(w.waiver(name, percent(preset.waiverShare.mode), percent(scope.waiverShare.mode)));
  }
  if (!sameJson(scope.instruments, preset.instruments)) changes.push(w.measures(name));
  if (scope.description !== preset.description) changes.push(w.description(name));
  return changes;
}

/**
 * Says where a scenario's numbers come from: a preset as published, a preset with named changes,
 * or a scenario built from scratch, and which of its texts were written by whoever made the link.
 * Used wherever the numbers go (page, embed, images, CSV, JSON, citation), so an edited scenario
 * never passes as the original.
 *
 * @param scenario the scenario shown
 * @param preset the preset it started from; undefined when built from scratch
 */
export function describeProvenance(scenario: Scenario, preset: Scenario | undefined): Provenance {
  const words = wordsFor('report', REPORT);
  const w = wordsFor('changes', CHANGES);
  if (!preset) {
    return {
      kind: 'scratch',
      shownTitle: scenario.title,
      authorTitle: true,
      authorDescription: true,
      authorLabels: true,
      changes: [],
      causes: {},
      line: words.scratch,
    };
  }
  const changes: string[] = [];
  const authorTitle = scenario.title !== preset.title;
  const authorDescription = scenario.description !== preset.description;
  if (authorTitle) changes.push(w.retitled(quoted(scenario.title)));
  if (authorDescription) changes.push(w.redescribed);

  const presetScopes = new Map(preset.scopes.map((scope) => [scope.id, scope]));
  const shownIds = new Set(scenario.scopes.map((scope) => scope.id));
  for (const scope of preset.scopes) if (!shownIds.has(scope.id)) changes.push(w.scopeRemoved(quoted(scope.label)));
  const causes: Record<string, string[]> = {};
  for (const scope of scenario.scopes) {
    const original = presetScopes.get(scope.id);
    changes.push(...(original ? scopeChanges(scope, original) : [w.scopeAdded(quoted(scope.label))]));
    // A new name or description moves no number: compared as the preset wrote them.
    const { label, description } = original ?? scope;
    causes[scope.id] = original ? scopeChanges({ ...scope, label, description }, original, w.theScope) : [];
  }
  const sharedFrom = changes.length;
  const kept = scenario.scopes.filter((scope) => presetScopes.has(scope.id)).map((scope) => scope.id);
  const keptInPresetOrder = preset.scopes.filter((scope) => shownIds.has(scope.id)).map((scope) => scope.id);
  if (!sameJson(kept, keptInPresetOrder)) changes.push(w.reordered);

  for (const key of DEMOGRAPHIC_KEYS) {
    const shown = scenario.assumptions[key];
    const original = preset.assumptions[key];
    const differs = shown && original ? !sameRange(shown, original) : shown !== original;
    if (differs) changes.push(w.assumption(shownText('inputs', key, DEMOGRAPHIC_LABELS[key].label)));
  }
  if (scenario.seed !== preset.seed) changes.push(w.seed(scenario.seed, preset.seed));
  if (scenario.samples !== preset.samples) changes.push(w.draws(scenario.samples, preset.samples));

  // What follows the scopes moves every scope's numbers, except their order.
  const shared = changes.slice(sharedFrom).filter((change) => change !== w.reordered);
  for (const id of Object.keys(causes)) causes[id]!.push(...shared);

  const authorLabels = scenario.scopes.some((scope) => scope.label !== presetScopes.get(scope.id)?.label);
  if (changes.length === 0) {
    return {
      kind: 'preset',
      shownTitle: scenario.title,
      authorTitle,
      authorDescription,
      authorLabels,
      changes,
      causes: {},
      line: '',
    };
  }
  const listed = changes.slice(0, MAX_LISTED_CHANGES);
  return {
    kind: 'modified',
    shownTitle: authorTitle ? scenario.title : words.modifiedTitle(scenario.title),
    authorTitle,
    authorDescription,
    authorLabels,
    changes,
    causes,
    line: words.modified(quoted(preset.title), listed, changes.length - listed.length),
  };
}
