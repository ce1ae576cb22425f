import { formatCount } from '../format/formatCount';
import { CATALOGUE_VERSION } from '../data/catalogue';
import { CONTROL_CHARACTERS } from '../format/xmlSafe';
import { DEMOGRAPHIC_BOUNDS } from '../model/demographicParameters';
import type { RelationType } from '../model/relationType';
import { DEFAULT_EXPOSURE, freshScopeId, newScope } from '../scenario/newScope';
import {
  MAX_SAMPLES,
  MAX_SCOPES,
  MIN_LINK_SAMPLES,
  READER_RATIONALE,
  type InstrumentKind,
  type Scenario,
  type Scope,
  type ScopeBase,
  type SourcedRange,
} from '../scenario/scenario';
import { MAX_SEED } from '../model/rng';
import { fromCompactLink } from './compactLink';
import type { DecodedLink } from './decodeLink';
import { originScenario, presetLinkState } from './originScenario';
import { checkLinkIntegrity } from './linkIntegrity';
import { migrateLink } from './linkMigrations';
import { LINK_VERSION, MAX_LINK_LENGTH, type LinkState } from './linkState';
import { CHART_VIEWS, isOneOf, SHARE_BASES } from './viewWords';
import { parseLinkRange, parsePairs, splitFields, unescapeFieldText, type LinkPair } from './linkText';
import { isTrackingParameter } from './trackingParameters';
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

const KNOWN_KEYS = new Set(['v', 'p', 't', 'd', 'seed', 'n', 'view', 'basis', 'ref', 'claims', 'a', 'ns', 's', 'cv']);

/**
 * The fields of one value, each key once: a key given again is reported and its first value
 * kept, as at the top level of a link.
 * @param where the value, in words, for the notice ("scope 3 (“Politburo”)")
 */
function uniqueFields(value: string, where: string, problems: string[]): { key: string; value: string }[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const fields = splitFields(value).filter((field) => {
    if (!seen.has(field.key)) return seen.add(field.key);
    repeated.add(field.key);
    return false;
  });
  if (repeated.size > 0)
    problems.push(
      `This link gives ${[...repeated].map((k) => `“${k.slice(0, 20)}”`).join(', ')} more than once in ${where}; the first is used.`,
    );
  return fields;
}

function readRange(text: string, min: number, max: number): SourcedRange | undefined {
  const range = parseLinkRange(text);
  if (!range || range.low < min || range.high > max || !(range.low <= range.mode && range.mode <= range.high)) {
    return undefined;
  }
  return { ...range, rationale: READER_RATIONALE };
}

function readWhole(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** A text field, trimmed: undefined when empty, too long, or holding control characters. */
function readText(text: string | null, max: number): string | undefined {
  const value = text?.trim();
  return value && value.length <= max && !CONTROL_CHARACTERS.test(value) ? value : undefined;
}

function codeList<Id extends string>(text: string, fromCode: (code: string) => Id | undefined): Id[] | undefined {
  if (text === '') return [];
  const ids = text.split('.').map(fromCode);
  return ids.every((id): id is Id => id !== undefined) ? ids : undefined;
}

/** The label of a scope for messages: "scope 3 (“Politburo”)". */
const scopeName = (index: number, scope: Scope) => `scope ${index + 1} (“${scope.label}”)`;

const FIELD_NAMES: Record<string, string> = {
  l: 'name',
  c: 'share meeting the legal test',
  w: 'waiver share',
  f: 'family rule',
  ft: 'undefined word for family',
  i: 'measures',
  vb: 'visa ban exposure',
  ab: 'asset block exposure',
  b: 'base group',
};

/** Applies one scope token's fields to a copy of `reference`; unreadable fields are reported and skipped. */
function readScope(token: string, reference: Scope, position: number, problems: string[]): Scope {
  const scope: Scope = structuredClone(reference);
  // A leading bare number names the preset scope the token is written against.
  const fields = uniqueFields(token, `scope ${position + 1}`, problems).filter(
    (f, i) => !(i === 0 && /^\d+$/.test(f.key) && f.value === ''),
  );
  const say = (what: string, instead = "the preset's value is shown instead") =>
    problems.push(`The ${what} of ${scopeName(position, scope)} in this link was unreadable; ${instead}.`);

  const baseFields = new Map(
    fields.filter((f) => ['gr', 'rd', 'yr', 'ap', 'gl', 'pp', 'en'].includes(f.key)).map((f) => [f.key, f.value]),
  );
  for (const { key, value } of fields) {
    if (key === 'l') {
      const label = readText(unescapeFieldText(value) ?? null, 200);
      if (label) scope.label = label;
      else say(FIELD_NAMES.l!);
    } else if (key === 'c' || key === 'w') {
      const range = readRange(value, 0, 1);
      if (!range) say(FIELD_NAMES[key]!);
      else if (key === 'c') scope.conductShare = range;
      else scope.waiverShare = range;
    } else if (key === 'f') {
      const family = codeList<RelationType>(value, RELATION_CODES.fromCode);
      if (family && new Set(family).size === family.length) scope.family = family;
      else say(FIELD_NAMES.f!);
    } else if (key === 'ft') {
      if (value === 'none') delete scope.familyTerm;
      else {
        const term = FAMILY_TERM_CODES.fromCode(value);
        if (term) scope.familyTerm = term;
        else say(FIELD_NAMES.ft!);
      }
    } else if (key === 'i') {
      const kinds = codeList<InstrumentKind>(value, INSTRUMENT_CODES.fromCode);
      if (kinds && new Set(kinds).size === kinds.length) {
        scope.instruments = kinds.map((kind) => ({
          kind,
          exposurePerYear: structuredClone(
            reference.instruments.find((i) => i.kind === kind)?.exposurePerYear ?? DEFAULT_EXPOSURE[kind],
          ),
        }));
      } else say(FIELD_NAMES.i!);
    } else if (key === 'nd') {
      delete scope.description;
    } else if (key === 'ds') {
      const description = readText(unescapeFieldText(value) ?? null, 2000);
      if (description) scope.description = description;
    } else if (!baseFields.has(key) && key !== 'vb' && key !== 'ab') {
      problems.push(
        `An unknown part (“${key.slice(0, 20)}”) of ${scopeName(position, scope)} in this link was ignored.`,
      );
    }
  }
  // Exposures after the measures list, whatever their order in the token.
  for (const { key, value } of fields) {
    if (key !== 'vb' && key !== 'ab') continue;
    const kind = INSTRUMENT_CODES.fromCode(key)!;
    const range = readRange(value, 0, 1);
    const instrument = scope.instruments.find((i) => i.kind === kind);
    if (range && instrument) instrument.exposurePerYear = range;
    else say(FIELD_NAMES[key]!);
  }
  if (baseFields.size > 0) {
    const base = readBase(baseFields);
    if (base) scope.base = base;
    else say(FIELD_NAMES.b!);
  }
  return scope;
}

function readBase(fields: Map<string, string>): ScopeBase | undefined {
  const year = readWhole(fields.get('yr') ?? null, 1900, 2100);
  if (year === undefined) return undefined;
  // The kind is implied by which fields are present.
  if (fields.has('gr')) {
    const groupId = GROUP_CODES.fromCode(fields.get('gr') ?? '');
    return groupId ? { kind: 'group', groupId, year } : undefined;
  }
  if (fields.has('rd')) {
    const roundIds = codeList(fields.get('rd') ?? '', ROUND_CODES.fromCode);
    if (!roundIds || roundIds.length === 0) return undefined;
    const profileCode = fields.get('ap');
    const ageProfileId = profileCode === undefined ? undefined : AGE_PROFILE_CODES.fromCode(profileCode);
    if (profileCode !== undefined && !ageProfileId) return undefined;
    return ageProfileId ? { kind: 'named', roundIds, year, ageProfileId } : { kind: 'named', roundIds, year };
  }
  if (fields.has('gl') || fields.has('pp')) {
    const groupLabel = readText(unescapeFieldText(fields.get('gl') ?? '') ?? null, 200);
    const people = readRange(fields.get('pp') ?? '', 0, 2e9);
    const entities = readWhole(fields.get('en') ?? null, 0, 1e6);
    const ageProfileId = AGE_PROFILE_CODES.fromCode(fields.get('ap') ?? '');
    if (!groupLabel || !people || entities === undefined || !ageProfileId) return undefined;
    return { kind: 'custom', groupLabel, people, entities, year, ageProfileId };
  }
  return undefined;
}

/** The scenario's parts that are not scopes: title, seed, draws and assumptions. */
function readScenarioFields(params: URLSearchParams, scenario: Scenario, problems: string[]): void {
  if (params.has('t')) {
    const title = readText(params.get('t'), 200);
    if (title) scenario.title = title;
    else problems.push("The title in this link was unreadable; the preset's title is shown instead.");
  }
  if (params.has('d')) {
    const description = readText(params.get('d'), 2000);
    if (description) scenario.description = description;
    else problems.push("The description in this link was unreadable; the preset's is shown instead.");
  }
  if (params.has('seed')) {
    const seed = readWhole(params.get('seed'), 0, MAX_SEED);
    if (seed !== undefined) scenario.seed = seed;
    else
      problems.push(
        `The seed in this link was unreadable; the preset's seed (${scenario.seed}) is used, so the numbers differ from the link's.`,
      );
  }
  if (params.has('n')) {
    const samples = readWhole(params.get('n'), 1, MAX_SAMPLES);
    if (samples === undefined)
      problems.push(
        `The number of draws in this link was unreadable; ${formatCount(scenario.samples)} draws are used.`,
      );
    else if (samples < MIN_LINK_SAMPLES) {
      scenario.samples = MIN_LINK_SAMPLES;
      problems.push(
        `This link asks for ${formatCount(samples)} draws; ${formatCount(MIN_LINK_SAMPLES)} are used, the fewest that give a steady 90% interval, so the numbers differ from the link's.`,
      );
    } else scenario.samples = samples;
  }
  for (const { key, value } of uniqueFields(params.get('a') ?? '', 'its assumptions', problems)) {
    const demographic = DEMOGRAPHIC_CODES.fromCode(key);
    if (!demographic) {
      problems.push(`An unknown assumption (“${key.slice(0, 20)}”) in this link was ignored.`);
      continue;
    }
    if (value === 'default') {
      delete scenario.assumptions[demographic];
      continue;
    }
    const { min, max } = DEMOGRAPHIC_BOUNDS[demographic];
    const range = readRange(value, min, max);
    if (range) scenario.assumptions[demographic] = range;
    else problems.push(`The assumption “${key}” in this link was unreadable; the preset's range is shown instead.`);
  }
}

/**
 * Reads any share link (see `decodeLink`, which reads a preset's name alone without it).
 *
 * @param address untrusted text: the query (with or without "?") and the fragment
 * @param presets the preset scenarios; the first is used when the link names none it knows
 */
export async function readLink(address: string, presets: readonly Scenario[]): Promise<DecodedLink> {
  const problems: string[] = [];
  const fallbackPreset = presets[0]?.id ?? null;
  const references = new Map<string, Scope>();
  // Each scope's reset target: what it was written against, else its preset scope of the same id.
  const finish = (state: LinkState, olderCatalogue?: string): DecodedLink => {
    const origin = originScenario(state.presetId, presets);
    const defaults = new Map<string, Scope>();
    for (const scope of state.scenario.scopes) {
      const reference = references.get(scope.id) ?? origin.scopes.find((s) => s.id === scope.id);
      if (reference) defaults.set(scope.id, structuredClone({ ...reference, id: scope.id }));
    }
    return olderCatalogue ? { state, defaults, problems, olderCatalogue } : { state, defaults, problems };
  };
  const start = (presetId: string | null): LinkState => presetLinkState(presetId, presets);

  try {
    if (address.length > MAX_LINK_LENGTH) {
      problems.push(
        `This link is ${formatCount(address.length)} characters long, more than a link can be; the default scenario is shown instead.`,
      );
      return finish(start(fallbackPreset));
    }
    const hashAt = address.indexOf('#');
    const queryText = (hashAt < 0 ? address : address.slice(0, hashAt)).replace(/^\?/, '');
    const fragment = hashAt < 0 ? '' : address.slice(hashAt + 1);
    const untracked = (pairs: LinkPair[]) => pairs.filter(([key]) => !isTrackingParameter(key));
    let { pairs, endsWithSeparator } = parsePairs(queryText);
    pairs = untracked(pairs);
    if (pairs.length === 0) return finish(start(fallbackPreset));
    const knownPreset = (id: string | undefined) => (id !== undefined && presets.some((p) => p.id === id) ? id : null);

    // A long link keeps its pairs in the fragment (see `compactLink.ts`).
    if (pairs.some(([key]) => key === 'z')) {
      const text = fragment === '' ? undefined : fromCompactLink(fragment);
      if (text === undefined) {
        const named = knownPreset(pairs.find(([key]) => key === 'p')?.[1]) ?? fallbackPreset;
        problems.push(
          fragment === ''
            ? 'This link is missing its second half (everything after its “#”, which holds its changes): the app that passed it on may have cut it. The preset it names is shown without its changes.'
            : 'The part of this link after its “#” is damaged and could not be read; the preset it names is shown without its changes.',
        );
        return finish(start(named));
      }
      ({ pairs, endsWithSeparator } = parsePairs(text));
      pairs = untracked(pairs);
    }

    // A newer format may end differently: it is not checked, only named (below).
    const claimed = readWhole(pairs.find(([key]) => key === 'v')?.[1] ?? null, 1, 1000);
    const integrity =
      claimed !== undefined && claimed > LINK_VERSION
        ? { pairs, problems: [], cut: false }
        : checkLinkIntegrity(pairs, endsWithSeparator);
    problems.push(...integrity.problems);
    pairs = integrity.pairs;
    const repeated = [
      ...new Set(pairs.map(([key]) => key).filter((key, i, keys) => key !== 's' && keys.indexOf(key) !== i)),
    ];
    if (repeated.length > 0)
      problems.push(
        `This link gives ${repeated.map((k) => `“${k.slice(0, 20)}”`).join(', ')} more than once; the first is used.`,
      );
    let params = new URLSearchParams(pairs.map(([key, value]) => [key, value]));

    const versionText = params.get('v') ?? String(LINK_VERSION);
    const version = readWhole(versionText, 1, 1000);
    const requestedPreset = params.get('p');
    // A link cut before its preset's name opens the default preset, as an empty link does.
    const presetId =
      requestedPreset === null
        ? integrity.cut
          ? fallbackPreset
          : null
        : presets.some((p) => p.id === requestedPreset)
          ? requestedPreset
          : undefined;
    if (presetId === undefined) {
      problems.push(
        `This link names a preset (“${(requestedPreset ?? '').slice(0, 40)}”) that this version does not have; the default scenario is shown instead.`,
      );
      return finish(start(fallbackPreset));
    }
    if (version === undefined || version > LINK_VERSION) {
      problems.push(
        version === undefined
          ? 'This link has an unreadable format version; the preset it names is shown without its changes.'
          : `This link was made by a newer version of Sanction Scope (link format ${version}); the preset it names is shown without its changes.`,
      );
      return finish(start(presetId));
    }
    params = migrateLink(params, version);

    const state = start(presetId);
    const origin = originScenario(presetId, presets);
    readScenarioFields(params, state.scenario, problems);

    const view = params.get('view');
    if (isOneOf(CHART_VIEWS, view)) state.view = view;
    else if (view !== null) problems.push('The chart chosen in this link was unreadable; the reach chart is shown.');
    const basis = params.get('basis');
    if (isOneOf(SHARE_BASES, basis)) state.shareBasis = basis;
    else if (basis !== null)
      problems.push('The share basis in this link was unreadable; shares of the whole population are shown.');
    const ref = params.get('ref');
    if (ref !== null) {
      const codes = ref === 'none' || ref === '' ? [] : ref.split('.');
      const ids = codes.map(REFERENCE_CODES.fromCode);
      state.shownReferenceIds = ids.filter((id): id is string => id !== undefined);
      if (ids.some((id) => id === undefined))
        problems.push('Some reference lines named in this link are unknown and are not shown.');
    }
    const claims = params.get('claims');
    if (claims === 'none') state.showClaims = false;
    else if (claims !== null)
      problems.push('The claims setting in this link was unreadable; the claims made about the preset are shown.');

    const tokens = params.getAll('s');
    const countText = params.get('ns');
    if (countText !== null && !integrity.cut && countText !== String(tokens.length))
      problems.push(
        `This link says it has ${countText.slice(0, 4)} scopes but lists ${tokens.length}; the ones listed are shown.`,
      );
    if (tokens.length > MAX_SCOPES) {
      problems.push(`This link lists ${tokens.length} scopes; only the first ${MAX_SCOPES} are shown.`);
    }
    if (tokens.length > 0) {
      const scopes: Scope[] = [];
      tokens.slice(0, MAX_SCOPES).forEach((token, position) => {
        if (token === '') {
          problems.push(`Scope ${position + 1} in this link is empty; it was left out.`);
          return;
        }
        const head = /^(\d{1,2})(?:_|$)/.exec(token);
        const reference = head ? origin.scopes[Number(head[1])] : undefined;
        if (head && !reference) {
          problems.push(
            `Scope ${position + 1} in this link refers to a scope the preset does not have; it was left out.`,
          );
          return;
        }
        const scope = readScope(token, reference ?? newScope('new'), position, problems);
        const taken = [...scopes];
        // A copy's id keeps its original's as a stem, so re-encoding finds the same reference.
        scope.id =
          reference && !taken.some((s) => s.id === reference.id) ? reference.id : freshScopeId(taken, reference?.id);
        if (reference) references.set(scope.id, reference);
        scopes.push(scope);
      });
      if (scopes.length > 0) state.scenario.scopes = scopes;
      else problems.push("No scope in this link could be read; the preset's scopes are shown instead.");
    }
    const unknown = [...new Set(params.keys())].filter((key) => !KNOWN_KEYS.has(key));
    if (unknown.length > 0)
      problems.push(
        `Unknown parts of this link were ignored: ${unknown.map((k) => `“${k.slice(0, 20)}”`).join(', ')}.`,
      );

    state.scenario = await validated(state.scenario, origin, problems);
    const cv = params.get('cv');
    const current = CATALOGUE_VERSION.replaceAll('-', '');
    const olderCatalogue =
      cv !== null && cv !== current && /^\d{8}$/.test(cv)
        ? `${cv.slice(0, 4)}-${cv.slice(4, 6)}-${cv.slice(6)}`
        : undefined;
    if (cv !== null && cv !== current && !olderCatalogue)
      problems.push('The figures-catalogue version in this link is unreadable.');
    return finish(state, olderCatalogue);
  } catch (error) {
    // Nothing above should throw; if something does, the reader still gets a working page.
    problems.push(
      `This link could not be read (${String(error).slice(0, 80)}); the default scenario is shown instead.`,
    );
    return finish(start(fallbackPreset));
  }
}

/**
 * Checks the decoded scenario with the same parser as files. A scope that fails (say, a year its
 * group has no figure for) goes back to the preset's version, or is left out if it was new.
 */
async function validated(scenario: Scenario, origin: Scenario, problems: string[]): Promise<Scenario> {
  // Presets are checked when the app is built: an unchanged one needs no parser.
  if (JSON.stringify(scenario) === JSON.stringify(origin)) return scenario;
  const { parseScenario } = await import('../scenario/parseScenario');
  if (parseScenario(scenario).ok) return scenario;
  const scopes = scenario.scopes.flatMap((scope, position) => {
    const alone = parseScenario({ ...scenario, scopes: [scope] });
    if (alone.ok) return [scope];
    const reason = alone.problems.map((p) => p.message).join('; ');
    const fallback = origin.scopes.find((s) => s.id === scope.id);
    problems.push(
      `${scopeName(position, scope)[0]!.toUpperCase()}${scopeName(position, scope).slice(1)} in this link could not be used (${reason}); ${fallback ? "the preset's version is shown instead" : 'it was left out'}.`,
    );
    return fallback ? [structuredClone(fallback)] : [];
  });
  const repaired = { ...scenario, scopes: scopes.length > 0 ? scopes : structuredClone(origin.scopes) };
  if (parseScenario(repaired).ok) return repaired;
  problems.push("Parts of this link could not be used; the preset's scenario is shown instead.");
  return structuredClone(origin);
}
