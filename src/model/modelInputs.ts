import type { AgeProfile } from './ageProfile';
import type { DemographicKey } from './demographicParameters';
import type { Range } from './range';
import type { RelationType } from './relationType';

export type InstrumentKind = 'visaBan' | 'assetBlock';

/** A scope with every catalogue reference replaced by its numbers: what the estimator needs. */
export interface ScopeInputs {
  id: string;
  label: string;
  /** Year of the group's size and of the population. */
  year: number;
  /** China's population in `year`, persons. */
  population: number;
  /** People aged 18+ in `year`, persons. */
  adultPopulation: number;
  /** People in the base group before the conduct test and waivers, persons. */
  basePeople: Range;
  /** Entities designated alongside the people (not counted as people). */
  entities: number;
  ageProfile: AgeProfile;
  family: readonly RelationType[];
  /** Share of the base group meeting the legal test, 0-1. */
  conductShare: Range;
  /** Share of the core escaping by a waiver, 0-1. */
  waiverShare: Range;
  instruments: readonly { kind: InstrumentKind; exposurePerYear: Range }[];
}

/** Everything one Monte Carlo run depends on. */
export interface ModelInputs {
  /** Seed of the random source, 0 to 2^32 - 1. */
  seed: number;
  /** Number of draws, 1 or more. */
  samples: number;
  demographic: Record<DemographicKey, Range>;
  scopes: readonly ScopeInputs[];
}
