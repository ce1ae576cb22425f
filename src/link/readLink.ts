import * as v from 'valibot';
import { CATALOGUE_VERSION } from '../data/catalogue';
import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../model/demographicParameters';
import type { RelationType } from '../model/relationType';
import { DEFAULT_EXPOSURE, freshScopeId, newScope } from '../scenario/newScope';
import { catalogueProblems } from '../scenario/parseScenario';
import { formatIssuePath } from '../scenario/issueToProblem';
import { scenarioSchema } from '../scenario/scenarioSchema';
import {
  MAX_SCOPES,
  MIN_LINK_SAMPLES,
  READER_RATIONALE,
  type InstrumentKind,
  type Scenario,
  type Scope,
  type ScopeBase,
  type SourcedRange,
} from '../scenario/scenario';
import { fromCompactLink } from './compactLink';
import type { DecodedLink } from './decodeLink';
import { originScenario, presetLinkState } from './originScenario';
import { checkLinkIntegrity } from './linkIntegrity';
import { migrateLink } from './linkMigrations';
import { LINK_VERSION, MAX_LINK_LENGTH, type LinkState } from './linkState';
import { CHART_VIEWS, isOneOf, SHARE_BASES } from './viewWords';
import { parseLinkRange, parsePairs, splitFields, unescapeFieldText, type LinkPair } from './linkText';
import { isTrackingParameter } from './trackingParameters';
import { LANG_KEY, LOCALES } from '../i18n/locale';
import { SHARE } from '../i18n/en/share';
import { wordsFor } from '../i18n/wordsFor';
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
      words().repeatedIn(
        [...repeated].map((k) => k.slice(0, 20)),
        where,
      ),
    );
  return fields;
}

// The reader below turns the link's text into a scenario and checks only that each field can be
// read (a range is three numbers, a count is digits, a code is one the format has). Whether the
// values are allowed (bounds, lengths, order, repeats, the catalogue's ids and years) is the
// scenario schema's to say, once, for links and files alike (`checked`).

/** A range as the link writes it ("0.85-0.87-0.94"); its bounds are the schema's to check. */
function readRange(text: string): SourcedRange | undefined {
  const range = parseLinkRange(text);
  return range && { ...range, rationale: READER_RATIONALE };
}

/** A whole number as the link writes it: digits only. */
function readWhole(text: string | null): number | undefined {
  return text !== null && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

function codeList<Id extends string>(text: string, fromCode: (code: string) => Id | undefined): Id[] | undefined {
  if (text === '') return [];
  const ids = text.split('.').map(fromCode);
  return ids.every((id): id is Id => id !== undefined) ? ids : undefined;
}

/** The notices' words in the page's edition: read when a link is, so a test can switch editions. */
const words = () => wordsFor('share', SHARE).link;

/** The label of a scope for messages: "scope 3 (“Politburo”)". */
const scopeName = (index: number, scope: Scope) => words().scope(index + 1, scope.label);

/** The link's key for each field of a scope it writes (`SHARE.link.fields` names them for notices). */
const SCOPE_FIELD_CODES: Partial<Record<keyof Scope, string>> = {
  label: 'l',
  description: 'ds',
  conductShare: 'c',
  waiverShare: 'w',
  family: 'f',
  familyTerm: 'ft',
  instruments: 'i',
  base: 'b',
};

/** Applies one scope token's fields to a copy of `reference`; unreadable fields are reported and skipped. */
function readScope(token: string, reference: Scope, position: number, problems: string[]): Scope {
  const scope: Scope = structuredClone(reference);
  // A leading bare number names the preset scope the token is written against.
  const w = words();
  const fields = uniqueFields(token, w.inScope(position + 1), problems).filter(
    (f, i) => !(i === 0 && /^\d+$/.test(f.key) && f.value === ''),
  );
  const say = (code: string) => problems.push(w.fieldUnreadable(w.fields[code]!, scopeName(position, scope)));

  const baseFields = new Map(
    fields.filter((f) => ['gr', 'rd', 'yr', 'ap', 'gl', 'pp', 'en'].includes(f.key)).map((f) => [f.key, f.value]),
  );
  for (const { key, value } of fields) {
    if (key === 'l') {
      const label = unescapeFieldText(value)?.trim();
      if (label !== undefined) scope.label = label;
      else say('l');
    } else if (key === 'c' || key === 'w') {
      const range = readRange(value);
      if (!range) say(key);
      else if (key === 'c') scope.conductShare = range;
      else scope.waiverShare = range;
    } else if (key === 'f') {
      const family = codeList<RelationType>(value, RELATION_CODES.fromCode);
      if (family) scope.family = family;
      else say('f');
    } else if (key === 'ft') {
      if (value === 'none') delete scope.familyTerm;
      else {
        const term = FAMILY_TERM_CODES.fromCode(value);
        if (term) scope.familyTerm = term;
        else say('ft');
      }
    } else if (key === 'i') {
      const kinds = codeList<InstrumentKind>(value, INSTRUMENT_CODES.fromCode);
      if (kinds) {
        scope.instruments = kinds.map((kind) => ({
          kind,
          exposurePerYear: structuredClone(
            reference.instruments.find((i) => i.kind === kind)?.exposurePerYear ?? DEFAULT_EXPOSURE[kind],
          ),
        }));
      } else say('i');
    } else if (key === 'nd') {
      delete scope.description;
    } else if (key === 'ds') {
      const description = unescapeFieldText(value)?.trim();
      if (description !== undefined) scope.description = description;
      else say('ds');
    } else if (!baseFields.has(key) && key !== 'vb' && key !== 'ab') {
      problems.push(w.unknownScopePart(key.slice(0, 20), scopeName(position, scope)));
    }
  }
  // Exposures after the measures list, whatever their order in the token.
  for (const { key, value } of fields) {
    if (key !== 'vb' && key !== 'ab') continue;
    const kind = INSTRUMENT_CODES.fromCode(key)!;
    const range = readRange(value);
    const instrument = scope.instruments.find((i) => i.kind === kind);
    if (range && instrument) instrument.exposurePerYear = range;
    else say(key);
  }
  if (baseFields.size > 0) {
    const base = readBase(baseFields);
    if (base) scope.base = base;
    else say('b');
  }
  return scope;
}

function readBase(fields: Map<string, string>): ScopeBase | undefined {
  const year = readWhole(fields.get('yr') ?? null);
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
    const groupLabel = unescapeFieldText(fields.get('gl') ?? '')?.trim();
    const people = readRange(fields.get('pp') ?? '');
    const entities = readWhole(fields.get('en') ?? null);
    const ageProfileId = AGE_PROFILE_CODES.fromCode(fields.get('ap') ?? '');
    if (groupLabel === undefined || !people || entities === undefined || !ageProfileId) return undefined;
    return { kind: 'custom', groupLabel, people, entities, year, ageProfileId };
  }
  return undefined;
}

/** The scenario's parts that are not scopes: title, seed, draws and assumptions. */
function readScenarioFields(params: URLSearchParams, scenario: Scenario, problems: string[]): void {
  // Text fields are read as they are: the schema says which are too long or hold control characters.
  scenario.title = params.get('t')?.trim() ?? scenario.title;
  scenario.description = params.get('d')?.trim() ?? scenario.description;
  if (params.has('seed')) {
    const seed = readWhole(params.get('seed'));
    if (seed !== undefined) scenario.seed = seed;
    else problems.push(SCENARIO_NOTICES.seed(scenario));
  }
  if (params.has('n')) {
    const samples = readWhole(params.get('n'));
    if (samples === undefined) problems.push(SCENARIO_NOTICES.samples(scenario));
    else if (samples < MIN_LINK_SAMPLES) {
      scenario.samples = MIN_LINK_SAMPLES;
      problems.push(words().fewDraws(samples, MIN_LINK_SAMPLES));
    } else scenario.samples = samples;
  }
  for (const { key, value } of uniqueFields(params.get('a') ?? '', words().inAssumptions, problems)) {
    const demographic = DEMOGRAPHIC_CODES.fromCode(key);
    if (!demographic) {
      problems.push(words().unknownAssumption(key.slice(0, 20)));
      continue;
    }
    if (value === 'default') {
      delete scenario.assumptions[demographic];
      continue;
    }
    const range = readRange(value);
    if (range) scenario.assumptions[demographic] = range;
    else problems.push(assumptionNotice(key));
  }
}

/** What the reader is told when a field of the scenario itself was unreadable: the preset's value is used. */
const SCENARIO_NOTICES = {
  title: () => words().title,
  description: () => words().description,
  seed: (preset: Scenario) => words().seed(preset.seed),
  samples: (preset: Scenario) => words().samples(preset.samples),
};
const assumptionNotice = (code: string) => words().assumption(code);

/**
 * Reads any share link (see `decodeLink`, which reads a preset's name alone without it).
 *
 * @param address untrusted text: the query (with or without "?") and the fragment
 * @param presets the preset scenarios; the first is used when the link names none it knows
 */
export function readLink(address: string, presets: readonly Scenario[]): DecodedLink {
  const w = words();
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
      problems.push(w.tooLong(address.length));
      return finish(start(fallbackPreset));
    }
    const hashAt = address.indexOf('#');
    const queryText = (hashAt < 0 ? address : address.slice(0, hashAt)).replace(/^\?/, '');
    const fragment = hashAt < 0 ? '' : address.slice(hashAt + 1);
    // The language is how the page speaks, not part of the scenario: read by the page (`localeOf`).
    const untracked = (pairs: LinkPair[]) =>
      pairs.filter(([key]) => !isTrackingParameter(key) && key.toLowerCase() !== LANG_KEY);
    let { pairs, endsWithSeparator } = parsePairs(queryText);
    const lang = pairs.find(([key]) => key.toLowerCase() === LANG_KEY)?.[1];
    if (lang !== undefined && !LOCALES.some((locale) => locale.toLowerCase() === lang.toLowerCase()))
      problems.push(w.language(lang.slice(0, 20), LOCALES));
    pairs = untracked(pairs);
    if (pairs.length === 0) return finish(start(fallbackPreset));
    const knownPreset = (id: string | undefined) => (id !== undefined && presets.some((p) => p.id === id) ? id : null);

    // A long link keeps its pairs in the fragment (see `compactLink.ts`).
    if (pairs.some(([key]) => key === 'z')) {
      const text = fragment === '' ? undefined : fromCompactLink(fragment);
      if (text === undefined) {
        const named = knownPreset(pairs.find(([key]) => key === 'p')?.[1]) ?? fallbackPreset;
        problems.push(fragment === '' ? w.noFragment : w.badFragment);
        return finish(start(named));
      }
      ({ pairs, endsWithSeparator } = parsePairs(text));
      pairs = untracked(pairs);
    }

    // A newer format may end differently: it is not checked, only named (below).
    const claimed = readWhole(pairs.find(([key]) => key === 'v')?.[1] ?? null);
    const integrity =
      claimed !== undefined && claimed > LINK_VERSION
        ? { pairs, problems: [], cut: false }
        : checkLinkIntegrity(pairs, endsWithSeparator);
    problems.push(...integrity.problems);
    pairs = integrity.pairs;
    const repeated = [
      ...new Set(pairs.map(([key]) => key).filter((key, i, keys) => key !== 's' && keys.indexOf(key) !== i)),
    ];
    if (repeated.length > 0) problems.push(w.repeated(repeated.map((k) => k.slice(0, 20))));
    let params = new URLSearchParams(pairs.map(([key, value]) => [key, value]));

    const versionText = params.get('v') ?? String(LINK_VERSION);
    // The link's own format, not the scenario: checked here. Format 0 never existed.
    const version = versionText === '0' ? undefined : readWhole(versionText);
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
      problems.push(w.unknownPreset((requestedPreset ?? '').slice(0, 40)));
      return finish(start(fallbackPreset));
    }
    if (version === undefined || version > LINK_VERSION) {
      problems.push(version === undefined ? w.badVersion : w.newerVersion(version));
      return finish(start(presetId));
    }
    params = migrateLink(params, version);

    const state = start(presetId);
    const origin = originScenario(presetId, presets);
    readScenarioFields(params, state.scenario, problems);

    const view = params.get('view');
    if (isOneOf(CHART_VIEWS, view)) state.view = view;
    else if (view !== null) problems.push(w.view);
    const basis = params.get('basis');
    if (isOneOf(SHARE_BASES, basis)) state.shareBasis = basis;
    else if (basis !== null) problems.push(w.basis);
    const ref = params.get('ref');
    if (ref !== null) {
      const codes = ref === 'none' || ref === '' ? [] : ref.split('.');
      const ids = codes.map(REFERENCE_CODES.fromCode);
      state.shownReferenceIds = ids.filter((id): id is string => id !== undefined);
      if (ids.some((id) => id === undefined)) problems.push(w.references);
    }
    const claims = params.get('claims');
    if (claims === 'none') state.showClaims = false;
    else if (claims !== null) problems.push(w.claims);

    const tokens = params.getAll('s');
    const countText = params.get('ns');
    if (countText !== null && !integrity.cut && countText !== String(tokens.length))
      problems.push(w.scopeCount(countText.slice(0, 4), tokens.length));
    if (tokens.length > MAX_SCOPES) {
      problems.push(w.tooManyScopes(tokens.length, MAX_SCOPES));
    }
    // What each scope was written against, by position: where a field the schema refuses goes back to.
    let scopeReferences = origin.scopes;
    if (tokens.length > 0) {
      const scopes: Scope[] = [];
      const written: Scope[] = [];
      tokens.slice(0, MAX_SCOPES).forEach((token, position) => {
        if (token === '') {
          problems.push(w.emptyScope(position + 1));
          return;
        }
        const head = /^(\d{1,2})(?:_|$)/.exec(token);
        const reference = head ? origin.scopes[Number(head[1])] : undefined;
        if (head && !reference) {
          problems.push(w.noReference(position + 1));
          return;
        }
        const scope = readScope(token, reference ?? newScope('new'), position, problems);
        const taken = [...scopes];
        // A copy's id keeps its original's as a stem, so re-encoding finds the same reference.
        scope.id =
          reference && !taken.some((s) => s.id === reference.id) ? reference.id : freshScopeId(taken, reference?.id);
        if (reference) references.set(scope.id, reference);
        scopes.push(scope);
        written.push(reference ?? newScope('new'));
      });
      if (scopes.length > 0) [state.scenario.scopes, scopeReferences] = [scopes, written];
      else problems.push(w.noScope);
    }
    const unknown = [...new Set(params.keys())].filter((key) => !KNOWN_KEYS.has(key));
    if (unknown.length > 0) problems.push(w.unknownParts(unknown.map((k) => k.slice(0, 20))));

    state.scenario = checked(state.scenario, origin, scopeReferences, problems);
    const cv = params.get('cv');
    const current = CATALOGUE_VERSION.replaceAll('-', '');
    const olderCatalogue =
      cv !== null && cv !== current && /^\d{8}$/.test(cv)
        ? `${cv.slice(0, 4)}-${cv.slice(4, 6)}-${cv.slice(6)}`
        : undefined;
    if (cv !== null && cv !== current && !olderCatalogue) problems.push(w.catalogue);
    return finish(state, olderCatalogue);
  } catch (error) {
    // Nothing above should throw; if something does, the reader still gets a working page.
    problems.push(w.unreadable(String(error).slice(0, 80)));
    return finish(start(fallbackPreset));
  }
}

/**
 * Puts back, in `scenario`, the field a schema problem is about (`path`, as "scopes[2].conductShare.low"),
 * as it was in what the link was written against, and tells the reader; false when the path names
 * no field a link writes (a scope's id, say).
 */
function restoreField(
  path: string,
  scenario: Scenario,
  origin: Scenario,
  scopeReferences: readonly Scope[],
  problems: string[],
): boolean {
  const [, top, key] = /^(\w+)(?:\.(\w+)|\[(\d+)\])?/.exec(path) ?? [];
  if (top === 'title' || top === 'description' || top === 'seed' || top === 'samples') {
    (scenario as unknown as Record<string, unknown>)[top] = origin[top];
    problems.push(SCENARIO_NOTICES[top](origin));
    return true;
  }
  if (top === 'assumptions' && (DEMOGRAPHIC_KEYS as readonly (string | undefined)[]).includes(key)) {
    const demographic = key as DemographicKey;
    const preset = origin.assumptions[demographic];
    if (preset) scenario.assumptions[demographic] = structuredClone(preset);
    else delete scenario.assumptions[demographic];
    problems.push(assumptionNotice(DEMOGRAPHIC_CODES.toCode(demographic)));
    return true;
  }
  const scopeField = /^scopes\[(\d+)\]\.(\w+)(?:\[(\d+)\])?/.exec(path);
  const position = Number(scopeField?.[1]);
  const scope = scenario.scopes[position];
  const reference = scopeReferences[position];
  if (!scopeField || !scope || !reference) return false;
  const field = scopeField[2]!;
  const instrument = scopeField[3] === undefined ? undefined : scope.instruments[Number(scopeField[3])];
  let code: string;
  if (field === 'instruments' && instrument) {
    instrument.exposurePerYear = structuredClone(
      reference.instruments.find((i) => i.kind === instrument.kind)?.exposurePerYear ??
        DEFAULT_EXPOSURE[instrument.kind],
    );
    code = INSTRUMENT_CODES.toCode(instrument.kind);
  } else {
    code = SCOPE_FIELD_CODES[field as keyof Scope] ?? '';
    if (!code) return false;
    const value = reference[field as keyof Scope];
    if (value === undefined) delete (scope as Partial<Scope>)[field as keyof Scope];
    else (scope as unknown as Record<string, unknown>)[field] = structuredClone(value);
  }
  const w = words();
  problems.push(w.fieldUnreadable(w.fields[code]!, scopeName(position, scope)));
  return true;
}

/**
 * The decoded scenario, checked with the same schema as files, once: each field the schema refuses
 * (a share above 1, a name too long) goes back to what the link was written against, with a
 * notice. A scope that still fails the catalogue's checks (a year its group has no figure for)
 * goes back to the preset's version, or is left out if it was new.
 */
function checked(
  scenario: Scenario,
  origin: Scenario,
  scopeReferences: readonly Scope[],
  problems: string[],
): Scenario {
  // Presets are checked when the app is built: an unchanged one needs no check.
  if (JSON.stringify(scenario) === JSON.stringify(origin)) return scenario;
  const parsed = v.safeParse(scenarioSchema, scenario, { abortEarly: false });
  if (!parsed.success) {
    const repaired = structuredClone(scenario);
    // One notice per field, however many of its parts the schema refused: "scopes[2].conductShare"
    // for its low and its high, "scopes[2].instruments[0]" for a measure's exposure.
    const paths = new Set(
      parsed.issues
        .map(formatIssuePath)
        .map((path) => /^[^.[]+(?:\[\d+\]\.\w+(?:\[\d+\])?|\.\w+)?/.exec(path)?.[0] ?? path),
    );
    const unplaced = [...paths].filter((path) => !restoreField(path, repaired, origin, scopeReferences, problems));
    const again = v.safeParse(scenarioSchema, repaired, { abortEarly: false });
    if (unplaced.length > 0 || !again.success) {
      problems.push(words().unusable);
      return structuredClone(origin);
    }
    return byCatalogue(repaired, origin, problems);
  }
  // The scenario itself, not the schema's copy of it: text was trimmed as it was read, and the
  // copy's keys may come in another order, which comparisons with the preset would take for a change.
  return byCatalogue(scenario, origin, problems);
}

/** A scenario the schema accepts, with each scope the catalogue cannot place put back to the preset's version. */
function byCatalogue(scenario: Scenario, origin: Scenario, problems: string[]): Scenario {
  const scopeProblems = catalogueProblems(scenario);
  if (scopeProblems.length === 0) return scenario;
  const scopes = scenario.scopes.flatMap((scope, position) => {
    const mine = scopeProblems.filter((problem) => problem.path.startsWith(`scopes[${position}]`));
    if (mine.length === 0) return [scope];
    const reason = mine.map((problem) => problem.message).join('; ');
    const fallback = origin.scopes.find((s) => s.id === scope.id);
    problems.push(words().scopeUnusable(position + 1, scope.label, reason, fallback !== undefined));
    return fallback ? [structuredClone(fallback)] : [];
  });
  const repaired = { ...scenario, scopes: scopes.length > 0 ? scopes : structuredClone(origin.scopes) };
  if (catalogueProblems(repaired).length === 0) return repaired;
  problems.push(words().unusable);
  return structuredClone(origin);
}
