import type { Interval } from '../model/interval';
import type { ClaimedRange } from './claim';

/**
 * Covered relatives per member that give a target reach:
 * - `solved`: this K (0 or more) gives exactly the target;
 * - `below-core`: the target is below the core alone, which no K (0 or more) reaches down to;
 * - `whole-population`: the target is the whole population or more, which reach only approaches
 *   as K grows without end.
 */
export type RequiredRelatives =
  { kind: 'solved'; relativesPerMember: number } | { kind: 'below-core' } | { kind: 'whole-population' };

/** The fixed inputs of the inversion, from one scope of an estimate. */
export interface ReachBasis {
  /** Core people, persons, 0 to `population` (the estimate's median). */
  core: number;
  /** China's population in the scope's year, N, persons (above 0). */
  population: number;
  /** Family clustering odds ratio ρ, 1 or more (the assumption's most likely value). */
  oddsRatio: number;
}

/**
 * Inverts `overlapAwareReach` for K in closed form. With p = core / N,
 *
 *   reach = core + (N - core)(1 - e^-λ)  gives  λ = -ln(1 - (reach - core) / (N - core)),
 *   λ = pK / (1 - p + ρp)                 gives  K = λ (1 - p + ρp) / p.
 *
 * `log1p` keeps the digits when the relatives reached are a tiny share of the population (a few
 * hundred officials' families in 1.4 billion).
 *
 * @param reach the target, persons
 * @example relativesForReach(550, { core: 100, population: 1000, oddsRatio: 1 }) // => solved, K = 10 ln 2
 */
export function relativesForReach(reach: number, { core, population, oddsRatio }: ReachBasis): RequiredRelatives {
  if (reach < core) return { kind: 'below-core' };
  if (reach >= population) return { kind: 'whole-population' };
  if (reach === core) return { kind: 'solved', relativesPerMember: 0 };
  // A core of 0 reaches no one whatever K, so any target above it is out of reach.
  if (core <= 0) return { kind: 'whole-population' };
  const p = core / population;
  const lambda = -Math.log1p(-(reach - core) / (population - core));
  return { kind: 'solved', relativesPerMember: (lambda * (1 - p + oddsRatio * p)) / p };
}

/** What it would take for the model to agree with a claim it does not support. */
export interface WhatItWouldTake {
  /** The assumption solved for: covered relatives per member, K. */
  assumption: 'relativesPerMember';
  /** K that puts the median reach at the claim's low end and at its high end. */
  required: { low: RequiredRelatives; high: RequiredRelatives };
  /** The model's K for the scope, persons per member. */
  modelled: Interval;
  /** True when the K the claim needs overlaps the model's 90% interval for K. */
  insideModelInterval: boolean;
  basis: ReachBasis;
  /** One plain-English line. */
  reason: string;
}

/** The K a range of targets needs, when some K does: "3.13", "3.13 to 4.63", "0 to 4.63", "3.13 or more". */
function describeNeeded(low: RequiredRelatives, high: RequiredRelatives): string {
  // A low end below the core is met by the core alone, K = 0.
  const from = low.kind === 'solved' ? low.relativesPerMember.toFixed(2) : '0';
  if (high.kind !== 'solved') return `${from} or more`;
  const to = high.relativesPerMember.toFixed(2);
  return from === to ? from : `${from} to ${to}`;
}

/** The K range a claim needs; an end that no K reaches is open (below 0 or above every K). */
function neededRange(low: RequiredRelatives, high: RequiredRelatives): { from: number; to: number } | undefined {
  if (high.kind === 'below-core' || low.kind === 'whole-population') return undefined;
  return {
    from: low.kind === 'solved' ? low.relativesPerMember : 0,
    to: high.kind === 'solved' ? high.relativesPerMember : Infinity,
  };
}

/**
 * Solves for the covered relatives per member K that would make the model's median reach equal
 * the claim, holding the scope's core, population and family clustering fixed (see
 * `relativesForReach`), and says whether that K lies within the model's 90% interval for K.
 *
 * @param claimed the claim as people reached, persons (a share claim times the population)
 * @param basis the scope's core (median), population and the clustering odds ratio's mode
 * @param modelled the model's K for the scope: median and 90% interval, persons per member
 */
export function solveForClaim(claimed: ClaimedRange, basis: ReachBasis, modelled: Interval): WhatItWouldTake {
  const low = relativesForReach(claimed.low, basis);
  const high = relativesForReach(claimed.high, basis);
  const needed = neededRange(low, high);
  const insideModelInterval = needed !== undefined && needed.from <= modelled.p95 && needed.to >= modelled.p05;
  const model =
    modelled.p95 === 0
      ? '0 (the scope covers no relatives)'
      : modelled.p05 === modelled.p95
        ? modelled.median.toFixed(2)
        : `${modelled.median.toFixed(2)} (${modelled.p05.toFixed(2)}–${modelled.p95.toFixed(2)})`;
  let reason: string;
  if (needed) {
    const where = insideModelInterval ? 'within' : 'outside';
    reason = `It would take ${describeNeeded(low, high)} covered relatives per member, ${where} the model's ${model}.`;
  } else if (high.kind === 'below-core') {
    reason = `No number of relatives gets there: the members alone are more than the claim (the model's relatives per member: ${model}).`;
  } else {
    reason = `No number of relatives gets there: the claim is the whole population or more (the model's relatives per member: ${model}).`;
  }
  return { assumption: 'relativesPerMember', required: { low, high }, modelled, insideModelInterval, basis, reason };
}
