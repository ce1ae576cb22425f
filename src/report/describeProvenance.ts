import { formatCount } from '../format/formatCount';
import { DEMOGRAPHIC_LABELS } from '../data/demographicLabels';
import { familyTermById } from '../data/familyReadings';
import { DEMOGRAPHIC_KEYS } from '../model/demographicParameters';
import type { Range } from '../model/range';
import { RELATION_LABELS, type RelationType } from '../model/relationType';
import type { Scenario, Scope } from '../scenario/scenario';
import { isolate } from '../format/isolate';

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
}

/** Changes listed by name in `line`; the rest are counted. */
const MAX_LISTED_CHANGES = 4;

const quoted = (text: string) => `“${isolate(text)}”`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const percent = (share: number) => `${Number((share * 100).toPrecision(3))}%`;
const sameRange = (a: Range, b: Range) => a.low === b.low && a.mode === b.mode && a.high === b.high;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "parents and siblings". */
function relationList(types: readonly RelationType[]): string {
  const names = types.map((type) => lowerFirst(RELATION_LABELS[type]));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * How one scope differs from the preset's scope of the same id, in words.
 *
 * @param name how the words name the scope: its quoted label, or "the scope" where the scope is
 *   named already (the change list beside the live chart)
 */
function scopeChanges(scope: Scope, preset: Scope, name = quoted(preset.label)): string[] {
  const changes: string[] = [];
  if (scope.label !== preset.label) changes.push(`${name} renamed ${quoted(scope.label)}`);
  if (!sameJson(scope.base, preset.base)) {
    const yearOnly =
      scope.base.kind === preset.base.kind &&
      sameJson({ ...scope.base, year: 0 }, { ...preset.base, year: 0 }) &&
      scope.base.year !== preset.base.year;
    changes.push(
      yearOnly ? `year of ${name} ${preset.base.year} → ${scope.base.year}` : `base group of ${name} changed`,
    );
  }
  const added = scope.family.filter((type) => !preset.family.includes(type));
  const removed = preset.family.filter((type) => !scope.family.includes(type));
  if (added.length > 0) changes.push(`${relationList(added)} added to ${name}`);
  if (removed.length > 0) changes.push(`${relationList(removed)} removed from ${name}`);
  if (scope.familyTerm !== preset.familyTerm) {
    const term = scope.familyTerm === undefined ? undefined : familyTermById(scope.familyTerm);
    changes.push(
      term
        ? `undefined word for family in ${name} now “${term.words}”`
        : `undefined word for family in ${name} dropped`,
    );
  }
  if (!sameRange(scope.conductShare, preset.conductShare)) {
    changes.push(
      `share of ${name} meeting the legal test ${percent(preset.conductShare.mode)} → ${percent(scope.conductShare.mode)} (most likely)`,
    );
  }
  if (!sameRange(scope.waiverShare, preset.waiverShare)) {
    changes.push(
      `waiver share of ${name} ${percent(preset.waiverShare.mode)} → ${percent(scope.waiverShare.mode)} (most likely)`,
    );
  }
  if (!sameJson(scope.instruments, preset.instruments)) changes.push(`measures of ${name} changed`);
  if (scope.description !== preset.description) changes.push(`description of ${name} changed`);
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
  if (!preset) {
    return {
      kind: 'scratch',
      shownTitle: scenario.title,
      authorTitle: true,
      authorDescription: true,
      authorLabels: true,
      changes: [],
      causes: {},
      line: 'Built from scratch, not a Sanction Scope preset: its title, description and names are its author’s.',
    };
  }
  const changes: string[] = [];
  const authorTitle = scenario.title !== preset.title;
  const authorDescription = scenario.description !== preset.description;
  if (authorTitle) changes.push(`retitled ${quoted(scenario.title)} by whoever made this link`);
  if (authorDescription) changes.push('description rewritten by whoever made this link');

  const presetScopes = new Map(preset.scopes.map((scope) => [scope.id, scope]));
  const shownIds = new Set(scenario.scopes.map((scope) => scope.id));
  for (const scope of preset.scopes) if (!shownIds.has(scope.id)) changes.push(`scope ${quoted(scope.label)} removed`);
  const causes: Record<string, string[]> = {};
  for (const scope of scenario.scopes) {
    const original = presetScopes.get(scope.id);
    changes.push(...(original ? scopeChanges(scope, original) : [`scope ${quoted(scope.label)} added`]));
    // A new name or description moves no number: compared as the preset wrote them.
    const { label, description } = original ?? scope;
    causes[scope.id] = original ? scopeChanges({ ...scope, label, description }, original, 'the scope') : [];
  }
  const sharedFrom = changes.length;
  const kept = scenario.scopes.filter((scope) => presetScopes.has(scope.id)).map((scope) => scope.id);
  const keptInPresetOrder = preset.scopes.filter((scope) => shownIds.has(scope.id)).map((scope) => scope.id);
  if (!sameJson(kept, keptInPresetOrder)) changes.push('scopes reordered');

  for (const key of DEMOGRAPHIC_KEYS) {
    const shown = scenario.assumptions[key];
    const original = preset.assumptions[key];
    const differs = shown && original ? !sameRange(shown, original) : shown !== original;
    if (differs) changes.push(`assumption changed: ${lowerFirst(DEMOGRAPHIC_LABELS[key].label)}`);
  }
  if (scenario.seed !== preset.seed) changes.push(`seed ${scenario.seed} (the preset's is ${preset.seed})`);
  if (scenario.samples !== preset.samples) {
    changes.push(`${formatCount(scenario.samples)} draws (the preset uses ${formatCount(preset.samples)})`);
  }

  // What follows the scopes moves every scope's numbers, except their order.
  const shared = changes.slice(sharedFrom).filter((change) => change !== 'scopes reordered');
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
  const more = changes.length - listed.length;
  const rest = more > 0 ? `; and ${more} more change${more === 1 ? '' : 's'}` : '';
  return {
    kind: 'modified',
    shownTitle: authorTitle ? scenario.title : `${scenario.title} (modified)`,
    authorTitle,
    authorDescription,
    authorLabels,
    changes,
    causes,
    line: `Modified from the preset ${quoted(preset.title)}: ${listed.join('; ')}${rest}.`,
  };
}
