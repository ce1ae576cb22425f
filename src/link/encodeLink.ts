import { CATALOGUE_VERSION } from '../data/catalogue';
import { DEFAULT_REFERENCE_IDS } from '../data/referenceLines';
import { DEMOGRAPHIC_KEYS } from '../model/demographicParameters';
import { sameRange, type Range } from '../model/range';
import { DEFAULT_EXPOSURE, newScope } from '../scenario/newScope';
import type { Scenario, Scope, ScopeBase } from '../scenario/scenario';
import { toCompactLink } from './compactLink';
import { originScenario } from './originScenario';
import { linkChecksum } from './linkChecksum';
import { LINK_VERSION, QUERY_FORM_MAX_CHARS, type LinkState } from './linkState';
import { buildQuery, escapeFieldText, formatLinkRange, joinFields, type LinkPair } from './linkText';
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
 * A share link's key-value pairs: only what differs from the preset the scenario started from,
 * so a link to an unedited preset is just `v=2&p=scope-ladder&cv=20261126&k=…`.
 *
 * Format (version 2), in this order:
 * - `v` link format version; `p` preset id (absent: built from scratch);
 * - `t`, `d` title and description, when changed; `seed`, `n` seed and draws, when changed;
 * - `view=share`, `basis=adults`, `ref` (reference lines by code, `.`-separated; `ref=none`);
 * - `a` changed demographic assumptions: `code~range` fields joined by `_`;
 * - when any scope changed, `ns` the number of scopes, then `s` once per scope in order: `i` for
 *   the preset's scope i, then the fields that differ (`l` label, `gr`/`rd`/`yr`/`ap`/`gl`/`pp`/`en`
 *   base, `c` conduct, `f` family, `ft` the undefined word for family (`none` to drop it), `i`
 *   measures, `vb`/`ab` their exposures, `w` waiver);
 * - `cv` the version of the figures catalogue the numbers use;
 * - `k` the check code over everything before it (see `linkChecksum`), always last: a link
 *   without it was cut, and one whose code does not match was changed. It ends in a letter or
 *   digit, which chat apps do not drop as trailing punctuation.
 *
 * Version 1 was the same without `ns` and `k`, and ended with `cv`.
 */
export function linkPairs(
  state: LinkState,
  presets: readonly Scenario[],
  catalogueVersion: string = CATALOGUE_VERSION,
): LinkPair[] {
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
  if (!state.showClaims) pairs.push(['claims', 'none']);

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
    // The count comes first, so a cut link can say exactly which scopes it lost.
    pairs.push(['ns', String(scenario.scopes.length)]);
    for (const scope of scenario.scopes) {
      const { reference, head } = chooseReference(scope, origin);
      pairs.push(['s', scopeToken(scope, reference, head)]);
    }
  }
  pairs.push(['cv', catalogueVersion.replaceAll('-', '')]);
  pairs.push(['k', linkChecksum(pairs)]);
  return pairs;
}

/**
 * The text after "?" of a share link. Up to `QUERY_FORM_MAX_CHARS` it is the readable query form
 * (`linkPairs` percent-encoded); a longer link is written in whichever is shorter of that and the
 * compact form, `v=2&p=<preset>&z=1#<the pairs in base64url>` (see `compactLink.ts`), which is
 * what keeps twelve scopes with long Chinese names readable.
 */
export function encodeLink(
  state: LinkState,
  presets: readonly Scenario[],
  catalogueVersion: string = CATALOGUE_VERSION,
): string {
  const pairs = linkPairs(state, presets, catalogueVersion);
  const query = buildQuery(pairs);
  if (query.length <= QUERY_FORM_MAX_CHARS) return query;
  // The query keeps the preset, so a link that lost its fragment still opens the right one.
  const head = pairs.filter(([key]) => key === 'v' || key === 'p');
  const compact = `${buildQuery([...head, ['z', '1']])}#${toCompactLink(pairs)}`;
  return compact.length < query.length ? compact : query;
}
