import type { Scenario } from '../scenario/scenario';

/** Written in every claims file, so the file is never mistaken for a scenario (and vice versa). */
export const CLAIMS_FORMAT = 'sanction-scope/claims';
/** Bumped on every breaking change of the claims format. */
export const CLAIMS_VERSION = 1;

/**
 * What a claim is about, each read from one scope of one estimate:
 * - `peopleReached`: members plus distinct covered relatives, persons;
 * - `shareOfPopulation`: people reached / China's population, 0-1;
 * - `shareOfAdults`: people aged 18+ reached / China's adults, 0-1;
 * - `members`: the scope's core people (members meeting the test, less waivers), persons;
 * - `countriesLarger`: countries with at least as many people as the scope's core, countries.
 */
export const CLAIM_QUANTITIES = [
  'peopleReached',
  'shareOfPopulation',
  'shareOfAdults',
  'members',
  'countriesLarger',
] as const;
export type ClaimQuantity = (typeof CLAIM_QUANTITIES)[number];

/** The unit a quantity, its claimed range and its modelled interval are in. */
export type QuantityUnit = 'people' | 'share' | 'countries';

export const QUANTITY_UNIT: Record<ClaimQuantity, QuantityUnit> = {
  peopleReached: 'people',
  shareOfPopulation: 'share',
  shareOfAdults: 'share',
  members: 'people',
  countriesLarger: 'countries',
};

/** A claimed value in the quantity's unit; a point claim has `low === high`. */
export interface ClaimedRange {
  low: number;
  high: number;
}

/** A public document a claim is quoted from. */
export interface ClaimSource {
  title: string;
  /** Absent only when no address is known; the claim's `note` then says why. */
  url?: string;
}

/** Which scope of which scenario tests a claim: a preset by id, or a scenario written inline. */
export type ClaimTest = { scenarioId: string; scopeId: string } | { scenario: Scenario; scopeId: string };

/** One published statement about how many people a measure reaches, and how to test it. */
export interface Claim {
  /** Unique within the file; letters, digits and hyphens. */
  id: string;
  /** The words quoted, exactly as published. */
  words: string;
  /** The person or body that made the claim. */
  who: string;
  /** Where it was published. */
  where: string;
  /** When it was made: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  when: string;
  source: ClaimSource;
  /** Caveats about the source: a missing address, an inferred date. */
  note?: string;
  quantity: ClaimQuantity;
  /** What the words assert, in the quantity's unit (see `reading`). */
  claimed: ClaimedRange;
  /** How the words were turned into `claimed` and `test`, in plain English. */
  reading: string;
  test: ClaimTest;
}

/** A file of claims to check against the model. */
export interface ClaimsFile {
  format: typeof CLAIMS_FORMAT;
  version: typeof CLAIMS_VERSION;
  title: string;
  description: string;
  claims: Claim[];
}
