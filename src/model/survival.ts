/**
 * Gompertz slope of adult mortality, per year of age. Adult death rates roughly double every
 * 7-8 years in most populations (slope 0.08-0.11); 0.09 is a middle value. It only shapes how
 * survival falls around the median age at death, which is the uncertain input.
 */
export const GOMPERTZ_SLOPE_PER_YEAR = 0.09;

/** Survival is counted from this age: relatives in the model are adults when the clock starts. */
export const SURVIVAL_START_AGE_YEARS = 20;

const GROWTH_AT_START = Math.exp(GOMPERTZ_SLOPE_PER_YEAR * SURVIVAL_START_AGE_YEARS);

/**
 * A Gompertz survival curve, S(x) = 2^(-(e^(θx) - e^(20θ)) / (e^(θM) - e^(20θ))), so S(20) = 1
 * and S(M) = 1/2 for median age at death M. Written as a scale factor and the growth term
 * e^(θx) so the Monte Carlo loop can reuse e^(θx) across draws.
 */
export interface SurvivalCurve {
  /** ln 2 / (e^(θM) - e^(20θ)), per unit of growth. */
  hazardScale: number;
}

/** @param medianAgeAtDeathYears median age at death of those alive at 20, years (above 20) */
export function makeSurvivalCurve(medianAgeAtDeathYears: number): SurvivalCurve {
  return { hazardScale: Math.LN2 / (Math.exp(GOMPERTZ_SLOPE_PER_YEAR * medianAgeAtDeathYears) - GROWTH_AT_START) };
}

/** e^(θx), the growth term of the curve at age x (years). */
export function mortalityGrowth(ageYears: number): number {
  return Math.exp(GOMPERTZ_SLOPE_PER_YEAR * ageYears);
}

/**
 * Survival to the age whose growth term is `growth` (see `mortalityGrowth`).
 * @returns probability, 0-1
 */
export function survivalAtGrowth(curve: SurvivalCurve, growth: number): number {
  return growth <= GROWTH_AT_START ? 1 : Math.exp(-(growth - GROWTH_AT_START) * curve.hazardScale);
}

/**
 * Chance that a person alive at 20 is still alive at `ageYears`, under a Gompertz mortality law
 * whose median age at death is `medianAgeAtDeathYears`.
 *
 * @param ageYears age, years; ages up to 20 give 1
 * @param medianAgeAtDeathYears median age at death of those alive at 20, years (above 20)
 * @returns probability, 0-1
 * @example survivalToAge(78, 78) // => 0.5
 */
export function survivalToAge(ageYears: number, medianAgeAtDeathYears: number): number {
  return survivalAtGrowth(makeSurvivalCurve(medianAgeAtDeathYears), mortalityGrowth(ageYears));
}
