import {
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type InstrumentKind,
  type Scenario,
  type Scope,
  type ScopeBase,
  type SourcedRange,
} from './scenario';

/** A new scope's reason for its conduct share (the editor says it in the page's edition). */
export const EVERYONE_COVERED = 'Everyone in the group is covered.';
/** A new scope's reason for its waiver share. */
export const NO_WAIVER = 'No waiver.';

/**
 * The scope a reader starts from when adding one: the Central Committee, no relatives. Its label
 * stays English in every edition: it is scenario content, and share links write a new scope as
 * its differences from this one, so a label that changed with the language would change the
 * scenario a link opens (see `encodeLink`).
 */
export function newScope(id: string): Scope {
  return {
    id,
    label: 'Central Committee',
    base: { kind: 'group', groupId: 'central-committee-20', year: 2024 },
    conductShare: { low: 1, mode: 1, high: 1, rationale: EVERYONE_COVERED },
    family: [],
    instruments: [],
    waiverShare: { low: 0, mode: 0, high: 0, rationale: NO_WAIVER },
  };
}

/**
 * An id not yet used by any of `scopes`: `scope-1`, `scope-2`, ... or, for a copy, the original's
 * id plus "-N" (share links use that to find what a copy was copied from).
 */
export function freshScopeId(scopes: readonly Scope[], stem = 'scope'): string {
  const taken = new Set(scopes.map((scope) => scope.id));
  const base = stem.slice(0, 50) || 'scope';
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** "Start from scratch": one scope, the default seed and sample count. */
export function scratchScenario(): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    id: 'custom',
    title: 'My comparison',
    description: 'A scenario built from scratch.',
    sources: [],
    seed: 1,
    samples: 10_000,
    assumptions: {},
    scopes: [newScope('scope-1')],
  };
}

/** Yearly exposure a measure starts with when the reader switches it on. */
export const DEFAULT_EXPOSURE: Record<InstrumentKind, SourcedRange> = {
  visaBan: {
    low: 0.0005,
    mode: 0.0015,
    high: 0.004,
    rationale:
      'In 2019 Chinese residents made 2.83 million visits to the US and received 1.24 million US visas: 0.09-0.2% of 1.40 billion people a year; up to about twice that for better-off groups.',
  },
  assetBlock: {
    low: 0,
    mode: 0.001,
    high: 0.01,
    rationale: 'Few people in China hold property within US reach; no count was found, so 0-1% is a judgement.',
  },
};

/** The base a scope gets when the reader switches it to another kind. */
export function defaultBase(kind: ScopeBase['kind'], year: number): ScopeBase {
  if (kind === 'group') return { kind, groupId: 'central-committee-20', year: Math.max(2022, year) };
  if (kind === 'named') return { kind, roundIds: ['glomag-2020-07-09-xinjiang'], year: 2020 };
  return {
    kind,
    groupLabel: 'Custom group',
    people: { low: 1000, mode: 1000, high: 1000 },
    entities: 0,
    year,
    ageProfileId: 'party-members-2024',
  };
}
