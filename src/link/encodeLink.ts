import { CATALOGUE_VERSION } from '../data/catalogue';
import { DEFAULT_REFERENCE_IDS } from '../data/referenceLines';
import { DEMOGRAPHIC_KEYS } from '../model/demographicParameters';
import type { Range } from '../model/range';
import { DEFAULT_EXPOSURE, newScope, scratchScenario } from '../scenario/newScope';
import type { Scenario, Scope, ScopeBase } from '../scenario/scenario';
import { LINK_VERSION, type LinkState } from './linkState';
import { buildQuery, escapeFieldText, formatLinkRange, joinFields } from './linkText';
import {
  AGE_PROFILE_CODES,
  DEMOGRAPHIC_CODES,
  GROUP_CODES,
  INSTRUMENT_CODES,
  REFERENCE_CODES,
  FAMILY_TERM_CODES,
  RELATION_CODES,
  ROUND_CODES,
} from './shortCodes';

/** The scenario a link's scopes are written against: the preset, or the "from scratch" one. */
export function originScenario(presetId: string | null, presets: readonly Scenario[]): Scenario {
  return presets.find((p) => p.id === presetId) ?? scratchScenario();
}

const sameRange = (a: Range, b: Range) => a.low === b.low && a.mode === b.mode && a.high === b.high;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The base's fields, always all of them: a changed base is written whole. Its kind is implied:
 * `gr` for a catalogue group, `rd` for designation rounds, `gl`/`pp` for a custom group.
 */
export function baseFields(base: ScopeBase): [string, string][] {
  if (base.kind === 'group') {
    return [
      ['gr', GROUP_CODES.toCode(base.groupId)],
      ['yr', String(base.year)],
    ];
  }
  if (base.kind === 'named') {
    const fields: [string, string][] = [
      ['rd', base.roundIds.map((id) => ROUND_CODES.toCode(id)).join('.')],
      ['yr', String(base.year)],
    ];
    if (base.ageProfileId) fields.push(['ap', AGE_PROFILE_CODES.toCode(base.ageProfileId)]);
    return fields;
  }
  return [
    ['gl', escapeFieldText(base.groupLabel)],
    ['pp', formatLinkRange(base.people)],
    ['en', String(base.entities)],
    ['yr', String(base.year)],
    ['ap', AGE_PROFILE_CODES.toCode(base.ageProfileId)],
  ];
}

function sameBase(a: ScopeBase, b: ScopeBase): boolean {
  return sameList(
    baseFields(a).map((f) => f.join('~')),
    baseFields(b).map((f) => f.join('~')),
  );
}

/** The exposure a scope's measure is compared against: the reference scope's, or the default. */
function referenceExposure(reference: Scope, kind: 'visaBan' | 'assetBlock'): Range {
  return reference.instruments.find((i) => i.kind === kind)?.exposurePerYear ?? DEFAULT_EXPOSURE[kind];
}

/** The fields where a scope differs from `reference` (a preset scope, or the default new scope). */
export function scopeDiff(scope: Scope, reference: Scope): [string, string][] {
  const fields: [string, string][] = [];
  if (scope.label !== reference.label) fields.push(['l', escapeFieldText(scope.label)]);
  if (!sameBase(scope.base, reference.base)) fields.push(...baseFields(scope.base));
  if (!sameRange(scope.conductShare, reference.conductShare)) fields.push(['c', formatLinkRange(scope.conductShare)]);
  if (!sameList(scope.family, reference.family)) {
    fields.push(['f', scope.family.map((type) => RELATION_CODES.toCode(type)).join('.')]);
  }
  if (scope.familyTerm !== reference.familyTerm) {
    fields.push(['ft', scope.familyTerm === undefined ? 'none' : FAMILY_TERM_CODES.toCode(scope.familyTerm)]);
  }
  const kinds = scope.instruments.map((i) => i.kind);
  if (
    !sameList(
      kinds,
      reference.instruments.map((i) => i.kind),
    )
  ) {
    fields.push(['i', kinds.map((kind) => INSTRUMENT_CODES.toCode(kind)).join('.')]);
  }
  for (const instrument of scope.instruments) {
    if (!sameRange(instrument.exposurePerYear, referenceExposure(reference, instrument.kind))) {
      fields.push([INSTRUMENT_CODES.toCode(instrument.kind), formatLinkRange(instrument.exposurePerYear)]);
    }
  }
  if (!sameRange(scope.waiverShare, reference.waiverShare)) fields.push(['w', formatLinkRange(scope.waiverShare)]);
  // Descriptions are not editable; a copy of a preset scope simply has none.
  if (scope.description !== reference.description) {
    fields.push(scope.description === undefined ? ['nd', ''] : ['ds', escapeFieldText(scope.description)]);
  }
  return fields;
}

/**
 * The reference a scope is written against: the origin scope it descends from (same id, or a
 * copy of it, whose id is the original's plus "-N"), else the default new scope. A copy is then
 * written as "i" plus its changes, and keeps the reasons and sources of the ranges it did not
 * change, even when writing it whole would be shorter. Of several ancestors, the shortest token wins.
 */
export function chooseReference(scope: Scope, origin: Scenario): { reference: Scope; head?: string } {
  const candidates: { reference: Scope; head?: string }[] = origin.scopes.flatMap((reference, i) =>
    scope.id === reference.id ||
    (scope.id.startsWith(`${reference.id}-`) && /^\d+(-\d+)*$/.test(scope.id.slice(reference.id.length + 1)))
      ? [{ reference, head: String(i) }]
      : [],
  );
  // A scope with no preset ancestor is written against the default new scope.
  if (candidates.length === 0) candidates.push({ reference: newScope('new') });
  let best = candidates[0]!;
  let bestSize = Infinity;
  for (const candidate of candidates) {
    const size = scopeToken(scope, candidate.reference, candidate.head).length;
    if (size < bestSize) [best, bestSize] = [candidate, size];
  }
  return best;
}

/**
 * One scope as a link token: `head` (e.g. "3" for the preset's scope 3) and the fields that
 * differ from `reference`. A new scope identical to the default is written as its label, so the
 * token is never empty.
 */
export function scopeToken(scope: Scope, reference: Scope, head?: string): string {
  const fields = scopeDiff(scope, reference);
  if (!head && fields.length === 0) fields.push(['l', escapeFieldText(scope.label)]);
  return joinFields(head ? [[head, ''], ...fields] : fields);
}

/** Whether the scenario's scopes are exactly the origin's, in the origin's order. */
function scopesUnchanged(scenario: Scenario, origin: Scenario): boolean {
  return (
    scenario.scopes.length === origin.scopes.length &&
    scenario.scopes.every(
      (scope, i) => scope.id === origin.scopes[i]!.id && scopeDiff(scope, origin.scopes[i]!).length === 0,
    )
  );
}

/**
 * The query string (without "?") of a share link: only what differs from the preset the scenario
 * started from, so a link to an unedited preset is just `v=1&p=scope-ladder&cv=20261126`.
 *
 * Format (version 1), in this order:
 * - `v` link format version; `p` preset id (absent: built from scratch);
 * - `t`, `d` title and description, when changed; `seed`, `n` seed and draws, when changed;
 * - `view=share`, `basis=adults`, `ref` (reference lines by code, `.`-separated; `ref=none`);
 * - `a` changed demographic assumptions: `code~range` fields joined by `_`;
 * - `s`, repeated once per scope in order, when any scope changed: `i` for the preset's scope i,
 *   then the fields that differ (`l` label, `gr`/`rd`/`yr`/`ap`/`gl`/`pp`/`en` base,
 *   `c` conduct, `f` family, `ft` the undefined word for family (`none` to drop it), `i` measures,
 *   `vb`/`ab` their exposures, `w` waiver);
 * - `cv` the version of the figures catalogue the numbers use, last, so a link always ends in a digit (chat apps
 *   drop trailing punctuation from links).
 */
export function encodeLink(
  state: LinkState,
  presets: readonly Scenario[],
  catalogueVersion: string = CATALOGUE_VERSION,
): string {
  const { scenario } = state;
  const origin = originScenario(state.presetId, presets);
  const pairs: [string, string][] = [['v', String(LINK_VERSION)]];
  if (state.presetId && presets.some((p) => p.id === state.presetId)) pairs.push(['p', state.presetId]);
  if (scenario.title !== origin.title) pairs.push(['t', scenario.title]);
  if (scenario.description !== origin.description) pairs.push(['d', scenario.description]);
  if (scenario.seed !== origin.seed) pairs.push(['seed', String(scenario.seed)]);
  if (scenario.samples !== origin.samples) pairs.push(['n', String(scenario.samples)]);
  if (state.view !== 'reach') pairs.push(['view', state.view]);
  if (state.shareBasis !== 'population') pairs.push(['basis', state.shareBasis]);

  const shown = [...state.shownReferenceIds].sort();
  if (!sameList(shown, [...DEFAULT_REFERENCE_IDS].sort())) {
    pairs.push(['ref', shown.length ? shown.map((id) => REFERENCE_CODES.toCode(id)).join('.') : 'none']);
  }

  const assumptionFields: [string, string][] = [];
  for (const key of DEMOGRAPHIC_KEYS) {
    const range = scenario.assumptions[key];
    const base = origin.assumptions[key];
    if (range && !(base && sameRange(range, base))) {
      assumptionFields.push([DEMOGRAPHIC_CODES.toCode(key), formatLinkRange(range)]);
    } else if (!range && base) {
      assumptionFields.push([DEMOGRAPHIC_CODES.toCode(key), 'default']);
    }
  }
  if (assumptionFields.length) pairs.push(['a', joinFields(assumptionFields)]);

  if (!scopesUnchanged(scenario, origin)) {
    for (const scope of scenario.scopes) {
      const { reference, head } = chooseReference(scope, origin);
      pairs.push(['s', scopeToken(scope, reference, head)]);
    }
  }
  pairs.push(['cv', catalogueVersion.replaceAll('-', '')]);
  return buildQuery(pairs);
}
