import type { Source } from '../data/source';
import type { DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';
import type { RelationType } from '../model/relationType';

/** Written in every scenario file so a stray JSON file is recognised as not being one. */
export const SCENARIO_FORMAT = 'sanction-scope/scenario';
/** Bumped on every breaking change of the format, with a migration for the previous version. */
export const SCENARIO_VERSION = 1;
/** The reason written into a range that a reader typed or that came from a share link. */
export const READER_RATIONALE = 'Set by the reader.';

/** Most scopes one scenario may compare: more rows than that no longer read as one chart. */
export const MAX_SCOPES = 12;
/** Most Monte Carlo draws: 100,000 keeps one estimate well under a second in a browser. */
export const MAX_SAMPLES = 100_000;

/**
 * Longest text each field takes, in characters: the schema refuses longer text and the editor's
 * fields stop at these lengths (fields not listed take up to `MAX_TEXT`, in `schemaFields`).
 */
export const TEXT_LIMITS = { title: 200, label: 200, groupLabel: 200, sourceTitle: 300 } as const;
/**
 * Fewest draws a share link may ask for: with fewer, the 90% interval's ends move with the seed
 * enough that trying seeds could pick the number shown. A link asking for fewer gets this many.
 */
export const MIN_LINK_SAMPLES = 1_000;

/** A range in a scenario file, with the reason for it. */
export interface SourcedRange extends Range {
  /** Why this range (required unless low equals high). */
  rationale?: string;
  sources?: Source[];
}

/** Where a scope's core people come from. */
export type ScopeBase =
  | {
      kind: 'group';
      /** A `CatalogueGroup` id, e.g. `party-members`. */
      groupId: string;
      /** Year of the group's size and of the population it is compared with. */
      year: number;
    }
  | {
      kind: 'named';
      /** `DesignationRound` ids; their people and entities are counted once each. */
      roundIds: string[];
      year: number;
      /** Ages used when a family rule applies; defaults to `senior-officials`. */
      ageProfileId?: string;
    }
  | {
      kind: 'custom';
      /** What the custom group is, e.g. "Provincial Party secretaries". */
      groupLabel: string;
      /** Number of people in the group, persons. */
      people: SourcedRange;
      /** Number of entities (bureaus, companies) also designated. */
      entities: number;
      year: number;
      ageProfileId: string;
    };

import type { InstrumentKind } from '../model/instrumentKind';

export { INSTRUMENT_KINDS, type InstrumentKind } from '../model/instrumentKind';

export const INSTRUMENT_LABELS: Record<InstrumentKind, string> = {
  visaBan: 'Visa ban',
  assetBlock: 'Asset block',
};

/** A measure applied to everyone a scope reaches. */
export interface Instrument {
  kind: InstrumentKind;
  /**
   * Share of the people reached who would run into the measure in a year (seek a US visa, hold
   * US-reachable assets), 0-1.
   */
  exposurePerYear: SourcedRange;
}

/** One sanction option: who is targeted, which relatives are covered, and by what. */
export interface Scope {
  /** Unique within the scenario; letters, digits and hyphens. */
  id: string;
  label: string;
  description?: string;
  base: ScopeBase;
  /** Share of the base group that meets the legal test (a finding of conduct), 0-1. */
  conductShare: SourcedRange;
  /** Relation types covered; empty for the core people only. */
  family: RelationType[];
  /**
   * The undefined word for "family" the measure uses (a `FamilyTerm` id, e.g. `families`), when
   * it has one: every reading of it is estimated beside `family`, so the range across readings is
   * shown with the chosen one.
   */
  familyTerm?: string;
  instruments: Instrument[];
  /** Share of the core who escape by a waiver (e.g. renouncing membership), 0-1. */
  waiverShare: SourcedRange;
}

/** A titled set of scopes to compare, with everything needed to reproduce its numbers. */
export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  /** Letters, digits and hyphens, e.g. `scope-ladder`. */
  id: string;
  title: string;
  description: string;
  sources: Source[];
  /** Seed of the random source, a whole number from 0 to 2^32 - 1. */
  seed: number;
  /** Monte Carlo draws, 1 to `MAX_SAMPLES`. */
  samples: number;
  /** Replacements for the catalogue's demographic assumptions. */
  assumptions: Partial<Record<DemographicKey, SourcedRange>>;
  scopes: Scope[];
}
