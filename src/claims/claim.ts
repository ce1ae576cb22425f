import type { Scenario } from '../scenario/scenario';
import type { ClaimedAmount } from './claimedAmount';

/** Written in every claims file, so the file is never mistaken for a scenario (and vice versa). */
export const CLAIMS_FORMAT = 'sanction-scope/claims';
/** Bumped on every breaking change of the claims format. */
export const CLAIMS_VERSION = 2;

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

/** A claimed range in the quantity's unit (see `claimedRange`); a point claim has `low === high`. */
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

/**
 * Which scopes test a claim, of a preset by id or of a scenario written inline. A scope whose
 * family term is undefined is tested under every reading of it; listing several scopes (members
 * alone, members with families) tests the claim against each, so a claim whose words leave open
 * whether relatives count is checked under both.
 */
export type ClaimTest = { scenarioId: string; scopeIds: string[] } | { scenario: Scenario; scopeIds: string[] };

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
  /** What the words assert, by a hedge rule (see `ClaimedAmount`), in the quantity's unit. */
  claimed: ClaimedAmount;
  /** What the words were said of, and why the test scopes fit them, in plain English. */
  context: string;
  test: ClaimTest;
  /**
   * The reading (a `FamilyReading` id) that the measure the words describe itself defines, when
   * it defines one: the verdict under it leads, the others follow.
   */
  definedReading?: string;
}

/** A file of claims to check against the model. */
export interface ClaimsFile {
  format: typeof CLAIMS_FORMAT;
  version: typeof CLAIMS_VERSION;
  title: string;
  description: string;
  claims: Claim[];
}
