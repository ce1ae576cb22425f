/**
 * People a scope reaches if every covered relative counts separately: core x (1 + K).
 * This is the arithmetic behind the US government's "270 million" (92 million x 2.93).
 *
 * @param corePeople people in the core group, persons (0 or more)
 * @param relativesPerMember covered living relatives per core member, K, persons (0 or more)
 * @returns persons
 * @example naiveReach(92e6, 1.93) // => 269.56e6
 */
export function naiveReach(corePeople: number, relativesPerMember: number): number {
  return corePeople * (1 + relativesPerMember);
}

/**
 * Share of a core member's relatives of one kind who are themselves in the core, q.
 *
 * Family clustering is an odds ratio ρ: the odds that a member's adult relative is in the core
 * are ρ times the odds for a random adult, p / (1 - p), where p = core / adults (members are all
 * adults). So q = ρp / (1 - p + ρp). With ρ = 1 (no clustering) q = p; ρ = 0 gives q = 0, which is
 * how minors are treated: no one under 18 is a Party member.
 *
 * @param coreShareOfAdults core / adults, 0-1
 * @param oddsRatio family clustering odds ratio, 0 or more (dimensionless)
 * @returns share, 0-1
 */
export function shareOfRelativesInCore(coreShareOfAdults: number, oddsRatio: number): number {
  const clustered = oddsRatio * coreShareOfAdults;
  return clustered / (1 - coreShareOfAdults + clustered);
}

/**
 * Chance that a person with on average λ links to core members has at least one: 1 − e^−λ when
 * links fall at random (Poisson, dispersion 0), and 1 − (1 + cλ)^(−1/c) when they come in clumps
 * (negative binomial with dispersion c > 0: a child of two members holds two links), which is
 * lower for the same λ. Equal to λ for small λ either way.
 *
 * @param linksPerPerson λ, 0 or more
 * @param dispersion c, 0 or more
 * @returns probability, 0-1
 */
export function chanceOfAnyLink(linksPerPerson: number, dispersion: number): number {
  if (linksPerPerson <= 0) return 0;
  // -expm1 and log1p keep the digits when λ is tiny (a few officials in 1.4 billion).
  if (dispersion < 1e-9) return -Math.expm1(-linksPerPerson);
  return -Math.expm1(-Math.log1p(dispersion * linksPerPerson) / dispersion);
}

/** A core member's covered relatives, per member, by how they can overlap with the core. */
export interface RelativeMix {
  /** Covered spouses per member, persons (0-1). */
  spouses: number;
  /** Covered adult relatives other than the spouse, per member, persons. */
  otherAdults: number;
  /** Covered relatives under 18 per member, persons. */
  minors: number;
}

/** How relatives overlap with the core and with each other. */
export interface OverlapParameters {
  /** Odds ratio that a member's spouse is in the core, against a random adult, 1 or more. */
  spouseOddsRatio: number;
  /** Odds ratio for the member's other adult relatives, 1 or more. */
  familyOddsRatio: number;
  /** Over-dispersion of links per person, 0 (Poisson) or more (see `chanceOfAnyLink`). */
  dispersion: number;
}

/** The population a scope's relatives are drawn from. */
export interface Population {
  /** Everyone, N, persons (above 0). */
  people: number;
  /** People aged 18+, A, persons (0 < A < N). */
  adults: number;
}

/** The parts of an overlap-aware reach estimate, persons. */
export interface OverlapAwareReach {
  /** Everyone reached: core plus distinct non-core relatives. */
  peopleReached: number;
  /** Adults reached: the core plus non-core adult relatives. */
  adultsReached: number;
  /** Non-core people reached. */
  relativesReached: number;
}

/** Non-core adults reached, persons: the allocation-free part of `overlapAwareReach`. */
export function adultRelativesReached(
  core: number,
  mix: RelativeMix,
  population: Population,
  overlap: OverlapParameters,
): number {
  const others = population.adults - core;
  if (others <= 0) return 0;
  const p = core / population.adults;
  const spouseLinks = mix.spouses * (1 - shareOfRelativesInCore(p, overlap.spouseOddsRatio));
  const otherLinks = mix.otherAdults * (1 - shareOfRelativesInCore(p, overlap.familyOddsRatio));
  return others * chanceOfAnyLink((core * (spouseLinks + otherLinks)) / others, overlap.dispersion);
}

/** Minors reached, persons: the allocation-free part of `overlapAwareReach`. */
export function minorRelativesReached(
  core: number,
  mix: RelativeMix,
  population: Population,
  overlap: OverlapParameters,
): number {
  const minors = population.people - population.adults;
  if (minors <= 0 || mix.minors <= 0) return 0;
  return minors * chanceOfAnyLink((core * mix.minors) / minors, overlap.dispersion);
}

/**
 * People a scope reaches when shared relatives are counted once (random linking with family
 * clustering).
 *
 * Core members are adults. Of a member's covered adult relatives, a share q is in the core
 * already (spouses with their own odds ratio, others with the family one; see
 * `shareOfRelativesInCore`); the remaining links fall on the A − core non-core adults, λ_a per
 * person. Covered minors are never in the core; their links fall on the N − A minors, λ_m per
 * person. A person with at least one link is reached once (`chanceOfAnyLink`):
 *
 *   reach = core + (A − core) P(λ_a) + (N − A) P(λ_m)
 *
 * Properties (tested): reach <= N; reach <= core (1 + K) (the naive count); reach >= core; reach
 * rises with each kind of relative; for small scopes reach ≈ core (1 + Σ k (1 − q)).
 *
 * @param corePeople people in the core group, persons, 0 to the adults
 * @example overlapAwareReach(376, { spouses: 0.9, otherAdults: 8, minors: 0 }, { people: 1.4e9, adults: 1.1e9 },
 *   { spouseOddsRatio: 5, familyOddsRatio: 2.5, dispersion: 0.25 }).peopleReached // => about 3,722
 */
export function overlapAwareReach(
  corePeople: number,
  mix: RelativeMix,
  population: Population,
  overlap: OverlapParameters,
): OverlapAwareReach {
  const core = Math.min(Math.max(corePeople, 0), population.adults);
  const adults = adultRelativesReached(core, mix, population, overlap);
  const minors = minorRelativesReached(core, mix, population, overlap);
  return { peopleReached: core + adults + minors, adultsReached: core + adults, relativesReached: adults + minors };
}
