/**
 * Weights of anchor birth cohorts for linear interpolation at `birthYear`, held flat outside
 * them: a quantity known for the anchors is `Σ weights[i] × value[i]`. Separating the weights from
 * the values lets the Monte Carlo loop compute them once per age rather than once per draw.
 *
 * @param birthYear calendar year of birth
 * @param cohortYears the anchor birth years, ascending, at least one
 * @returns one weight per anchor, each 0-1, summing to 1, at most two of them above 0
 */
export function cohortWeights(birthYear: number, cohortYears: readonly number[]): number[] {
  const weights = cohortYears.map(() => 0);
  const last = cohortYears.length - 1;
  if (birthYear <= cohortYears[0]!) weights[0] = 1;
  else if (birthYear >= cohortYears[last]!) weights[last] = 1;
  else {
    let i = 1;
    while (birthYear >= cohortYears[i]!) i++;
    const t = (birthYear - cohortYears[i - 1]!) / (cohortYears[i]! - cohortYears[i - 1]!);
    weights[i - 1] = 1 - t;
    weights[i] = t;
  }
  return weights;
}

/**
 * Linear interpolation of a quantity known for anchor birth cohorts, held flat outside them.
 *
 * @param birthYear calendar year of birth
 * @param cohortYears the anchor birth years, ascending
 * @param values the quantity for each anchor cohort, any unit
 * @returns the quantity for `birthYear`, in the unit of `values`
 * @example interpolateCohort(1960, [1950, 1970, 1990], [2, 1, 1]) // => 1.5
 */
export function interpolateCohort(
  birthYear: number,
  cohortYears: readonly number[],
  values: readonly number[],
): number {
  return cohortWeights(birthYear, cohortYears).reduce((sum, weight, i) => sum + weight * values[i]!, 0);
}
