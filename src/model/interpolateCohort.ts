/**
 * Weights of three anchor birth cohorts for linear interpolation at `birthYear`, held flat outside
 * them: a quantity known for the anchors is `w0 v0 + w1 v1 + w2 v2`. Separating the weights from
 * the values lets the Monte Carlo loop compute them once per age rather than once per draw.
 *
 * @param birthYear calendar year of birth
 * @param cohortYears the three anchor birth years, ascending
 * @returns three weights, each 0-1, summing to 1
 */
export function cohortWeights(
  birthYear: number,
  cohortYears: readonly [number, number, number],
): [number, number, number] {
  const [y0, y1, y2] = cohortYears;
  if (birthYear <= y0) return [1, 0, 0];
  if (birthYear < y1) {
    const t = (birthYear - y0) / (y1 - y0);
    return [1 - t, t, 0];
  }
  if (birthYear < y2) {
    const t = (birthYear - y1) / (y2 - y1);
    return [0, 1 - t, t];
  }
  return [0, 0, 1];
}

/**
 * Linear interpolation of a quantity known for three birth cohorts, held flat outside them.
 *
 * @param birthYear calendar year of birth
 * @param cohortYears the three anchor birth years, ascending
 * @param values the quantity for each anchor cohort, any unit
 * @returns the quantity for `birthYear`, in the unit of `values`
 * @example interpolateCohort(1960, [1950, 1970, 1990], [2, 1, 1]) // => 1.5
 */
export function interpolateCohort(
  birthYear: number,
  cohortYears: readonly [number, number, number],
  values: readonly [number, number, number],
): number {
  const [w0, w1, w2] = cohortWeights(birthYear, cohortYears);
  return w0 * values[0] + w1 * values[1] + w2 * values[2];
}
