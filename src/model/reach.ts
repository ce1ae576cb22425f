/**
 * People a scope reaches if every covered relative counts separately: core x (1 + K).
 * This is the arithmetic behind the US government's "270 million" (92 million x 2.9).
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
 * Share of a core member's covered relatives who are themselves in the core, q.
 *
 * Family clustering is an odds ratio ρ: the odds that a member's relative is in the core are ρ
 * times the odds for a random person, p / (1 - p), where p = core / N. So
 * q = ρp / (1 - p + ρp). With ρ = 1 (no clustering) q = p; q rises to 1 as the core grows to the
 * whole population.
 *
 * @param coreShare core / population, 0-1
 * @param oddsRatio family clustering odds ratio, 1 or more (dimensionless)
 * @returns share, 0-1
 */
export function shareOfRelativesInCore(coreShare: number, oddsRatio: number): number {
  const clustered = oddsRatio * coreShare;
  return clustered / (1 - coreShare + clustered);
}

/** The parts of an overlap-aware reach estimate. */
export interface OverlapAwareReach {
  /** Everyone reached: core plus non-core people with at least one covered core relative, persons. */
  peopleReached: number;
  /** Non-core people reached, persons. */
  relativesReached: number;
}

/**
 * People a scope reaches when shared relatives are counted once (random linking with family
 * clustering, Poisson approximation).
 *
 * Each core member has K covered relatives, a share q of them in the core already. The remaining
 * links, L = core K (1 - q), fall on the N - core other people, λ = L / (N - core) per person on
 * average; a person with one or more core relatives (chance 1 - e^-λ) is reached once.
 *
 *   reach = core + (N - core)(1 - e^-λ),  λ = pK / (1 - p + ρp),  p = core / N
 *
 * Properties (tested): reach <= N; reach <= core (1 + K) (the naive count); reach rises with K and
 * with core; for small scopes reach ≈ core (1 + K(1 - q)).
 *
 * @param corePeople people in the core group, persons, 0 to `population`
 * @param relativesPerMember covered relatives per core member, K, persons (0 or more)
 * @param population the population relatives are drawn from, N, persons (above 0)
 * @param oddsRatio family clustering odds ratio ρ, 1 or more
 * @example overlapAwareReach(376, 7, 1.4e9, 2).peopleReached // => about 3,008
 */
export function overlapAwareReach(
  corePeople: number,
  relativesPerMember: number,
  population: number,
  oddsRatio: number,
): OverlapAwareReach {
  const core = Math.min(Math.max(corePeople, 0), population);
  const relativesReached = nonCoreReached(core, relativesPerMember, population, oddsRatio);
  return { peopleReached: core + relativesReached, relativesReached };
}

/**
 * The non-core part of `overlapAwareReach`: (N - core)(1 - e^-λ), persons. Returns a number, not
 * an object, so the Monte Carlo loop allocates nothing per draw.
 *
 * @param core people in the core group, persons, 0 to `population`
 */
export function nonCoreReached(
  core: number,
  relativesPerMember: number,
  population: number,
  oddsRatio: number,
): number {
  const others = population - core;
  if (others <= 0 || relativesPerMember <= 0) return 0;
  const p = core / population;
  const lambda = (p * relativesPerMember) / (1 - p + oddsRatio * p);
  // -expm1(-λ) = 1 - e^-λ without losing digits when λ is tiny (a few officials in 1.4 billion).
  return others * -Math.expm1(-lambda);
}
