import fc from 'fast-check';
import { FAMILY_TERMS } from '../../src/data/familyReadings';
import { POPULATION_YEARS, groupYears } from '../../src/data/catalogue';
import { AGE_PROFILES } from '../../src/data/ageProfiles';
import { DESIGNATION_ROUNDS } from '../../src/data/designations';
import { CATALOGUE_GROUPS } from '../../src/data/groups';
import { referenceLines } from '../../src/data/referenceLines';
import type { LinkState } from '../../src/link/linkState';
import { DEMOGRAPHIC_BOUNDS, DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';
import type { Range } from '../../src/model/range';
import { RELATION_TYPES } from '../../src/model/relationType';
import { DEFAULT_EXPOSURE, freshScopeId, newScope, scratchScenario } from '../../src/scenario/newScope';
import {
  MAX_SCOPES,
  MIN_LINK_SAMPLES,
  READER_RATIONALE,
  type Scenario,
  type Scope,
  type ScopeBase,
} from '../../src/scenario/scenario';
import { loadPreset, PRESET_FILES } from './presets';

export const PRESETS: Scenario[] = PRESET_FILES.map(loadPreset);

/** A range within [min, max] as a reader could type it, with the reader's rationale. */
const rangeIn = (min: number, max: number) =>
  fc
    .tuple(
      fc.double({ min, max, noNaN: true }),
      fc.double({ min, max, noNaN: true }),
      fc.double({ min, max, noNaN: true }),
    )
    .map(([a, b, c]) => {
      const [low, mode, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { low, mode, high, rationale: READER_RATIONALE };
    });

/** Labels with the characters a link must survive: separators, escapes, markup, emoji. */
export const labelArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom('a_b~c%d', '<script>alert(1)</script>', 'Zhōngguó 中国 🇨🇳', 'ends with (copy)', 'x&y=z?#'),
  )
  .filter((s) => s.trim().length > 0)
  .map((s) => s.trim());

const baseArb: fc.Arbitrary<ScopeBase> = fc.oneof(
  fc
    .constantFrom(...CATALOGUE_GROUPS)
    .chain((group) =>
      fc.constantFrom(...groupYears(group)).map((year): ScopeBase => ({ kind: 'group', groupId: group.id, year })),
    ),
  fc
    .record({
      rounds: fc.subarray(
        DESIGNATION_ROUNDS.map((r) => r.id),
        { minLength: 1 },
      ),
      year: fc.constantFrom(...POPULATION_YEARS),
      profile: fc.option(fc.constantFrom(...AGE_PROFILES.map((p) => p.id)), { nil: undefined }),
    })
    .map(({ rounds, year, profile }): ScopeBase =>
      profile
        ? { kind: 'named', roundIds: rounds, year, ageProfileId: profile }
        : { kind: 'named', roundIds: rounds, year },
    ),
  fc
    .record({
      label: labelArb,
      people: rangeIn(0, 2e9),
      entities: fc.nat(1000),
      year: fc.constantFrom(...POPULATION_YEARS),
      profile: fc.constantFrom(...AGE_PROFILES.map((p) => p.id)),
    })
    .map(({ label, people, entities, year, profile }): ScopeBase => ({
      kind: 'custom',
      groupLabel: label,
      people,
      entities,
      year,
      ageProfileId: profile,
    })),
);

/** Edits a reader can make to one scope. */
const scopeEditArb = fc.oneof(
  labelArb.map((label) => (s: Scope) => ({ ...s, label })),
  baseArb.map((base) => (s: Scope) => ({ ...s, base })),
  rangeIn(0, 1).map((conductShare) => (s: Scope) => ({ ...s, conductShare })),
  rangeIn(0, 1).map((waiverShare) => (s: Scope) => ({ ...s, waiverShare })),
  fc.subarray([...RELATION_TYPES]).map((family) => (s: Scope) => ({ ...s, family })),
  fc
    .option(fc.constantFrom(...FAMILY_TERMS.map((term) => term.id)), { nil: undefined })
    .map((familyTerm) => (s: Scope): Scope => {
      const { familyTerm: _old, ...rest } = s;
      return familyTerm === undefined ? rest : { ...rest, familyTerm };
    }),
  fc
    .tuple(fc.subarray(['visaBan', 'assetBlock'] as const), rangeIn(0, 1), fc.boolean())
    .map(([kinds, exposure, edit]) => (s: Scope) => ({
      ...s,
      instruments: kinds.map((kind) => ({
        kind,
        exposurePerYear: edit
          ? exposure
          : structuredClone(s.instruments.find((i) => i.kind === kind)?.exposurePerYear ?? DEFAULT_EXPOSURE[kind]),
      })),
    })),
);

type ScenarioEdit = (scenario: Scenario) => void;

const scenarioEditArb: fc.Arbitrary<ScenarioEdit> = fc.oneof(
  fc.tuple(fc.nat(), fc.array(scopeEditArb, { minLength: 1, maxLength: 3 })).map(([at, edits]) => (s: Scenario) => {
    const i = at % s.scopes.length;
    s.scopes[i] = edits.reduce((scope, edit) => edit(scope), s.scopes[i]!);
  }),
  fc.nat().map((at) => (s: Scenario) => {
    if (s.scopes.length > 1) s.scopes.splice(at % s.scopes.length, 1);
  }),
  fc.nat().map((at) => (s: Scenario) => {
    if (s.scopes.length >= MAX_SCOPES) return;
    const { description: _d, ...source } = s.scopes[at % s.scopes.length]!;
    s.scopes.splice((at % s.scopes.length) + 1, 0, {
      ...structuredClone(source),
      id: freshScopeId(s.scopes, source.id),
    });
  }),
  fc.constant((s: Scenario) => {
    if (s.scopes.length < MAX_SCOPES) s.scopes.push(newScope(freshScopeId(s.scopes)));
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (s: Scenario) => {
    const [scope] = s.scopes.splice(a % s.scopes.length, 1);
    s.scopes.splice(b % (s.scopes.length + 1), 0, scope!);
  }),
  fc.constantFrom(...DEMOGRAPHIC_KEYS).chain((key) =>
    fc.option(rangeIn(DEMOGRAPHIC_BOUNDS[key].min, DEMOGRAPHIC_BOUNDS[key].max)).map((range) => (s: Scenario) => {
      if (range) s.assumptions[key] = range as Range & { rationale: string };
      else delete s.assumptions[key];
    }),
  ),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((seed) => (s: Scenario) => void (s.seed = seed)),
  // A link may not ask for fewer draws (see MIN_LINK_SAMPLES).
  fc.integer({ min: MIN_LINK_SAMPLES, max: 100_000 }).map((n) => (s: Scenario) => void (s.samples = n)),
  labelArb.map((title) => (s: Scenario) => void (s.title = title)),
);

/** A page state a reader can reach: a preset or scratch, then any sequence of edits. */
export const linkStateArb: fc.Arbitrary<LinkState> = fc
  .record({
    presetId: fc.option(fc.constantFrom(...PRESETS.map((p) => p.id)), { nil: null }),
    edits: fc.array(scenarioEditArb, { maxLength: 8 }),
    view: fc.constantFrom('reach', 'share' as const),
    shareBasis: fc.constantFrom('population', 'adults' as const),
    references: fc.subarray(referenceLines(2024).map((l) => l.id)),
    showClaims: fc.boolean(),
  })
  .map(({ presetId, edits, view, shareBasis, references, showClaims }) => {
    const scenario = structuredClone(PRESETS.find((p) => p.id === presetId) ?? scratchScenario());
    for (const edit of edits) edit(scenario);
    return { scenario, presetId, view, shareBasis, shownReferenceIds: references, showClaims };
  });

/**
 * The state as a link must reproduce it: scope ids are left out (a link does not carry them), and
 * so are the reasons and sources attached to ranges, which a link carries only for ranges it did
 * not change (`rangeNotes` checks those separately).
 */
export function withoutIds(state: LinkState): unknown {
  return JSON.parse(
    JSON.stringify(
      {
        ...state,
        shownReferenceIds: [...state.shownReferenceIds].sort(),
        scenario: { ...state.scenario, scopes: state.scenario.scopes.map(({ id: _id, ...rest }) => rest) },
      },
      function (this: Record<string, unknown>, key, value) {
        const inRange = typeof this === 'object' && this !== null && 'low' in this;
        return key === 'rationale' || (key === 'sources' && inRange) ? undefined : value;
      },
    ),
  );
}

/** Every range's reason, in document order: a decoded range keeps its reason or says the reader set it. */
export function rangeNotes(state: LinkState): string[] {
  const notes: string[] = [];
  JSON.stringify(state.scenario.scopes, (key, value) => {
    if (key === 'rationale') notes.push(value as string);
    return value;
  });
  return notes;
}
