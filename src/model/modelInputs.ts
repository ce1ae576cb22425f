import type { AgeProfile } from './ageProfile';
import type { DemographicKey } from './demographicParameters';
import type { Range } from './range';
import type { RelationType } from './relationType';

import type { InstrumentKind } from './instrumentKind';

export type { InstrumentKind };

/** One reading of a term a law or a quote leaves undefined, as the relatives it covers. */
export interface ReadingInputs {
  /** The reading's id (see `src/data/familyReadings.ts`). */
  id: string;
  family: readonly RelationType[];
}

/** A scope with every catalogue reference replaced by its numbers: what the estimator needs. */
export interface ScopeInputs {
  /** The scope's id; its name stays in the scenario, so renaming it never re-runs the model. */
  id: string;
  /** Year of the group's size and of the population. */
  year: number;
  /** China's population in `year`, persons. */
  population: number;
  /** People aged 18+ in `year`, persons (below `population`). */
  adultPopulation: number;
  /** People in the base group before the conduct test and waivers, persons. */
  basePeople: Range;
  /** Entities designated alongside the people (not counted as people). */
  entities: number;
  ageProfile: AgeProfile;
  /** The relatives the scope covers (under its chosen reading, if it has readings). */
  family: readonly RelationType[];
  /**
   * Every reading of the scope's undefined family term, estimated on the same draws so the range
   * across readings can be shown beside the chosen one's interval; empty when the term is defined.
   */
  readings: readonly ReadingInputs[];
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
  /**
   * Normal-scale correlation between the family-size inputs' draws, 0-1 (see `drawDemographics`):
   * 0 draws them independently.
   */
  familySizeCorrelation: number;
  scopes: readonly ScopeInputs[];
}
