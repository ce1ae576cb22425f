/** Two scopes a finding compares, by id: a preset's own comparison. */
export interface PreferredPair {
  focusId: string;
  baseId: string;
}

/**
 * The scopes a finding compares, by index: the preferred pair when both scopes are there, else
 * the largest reach against the smallest above zero (none when that is the largest itself).
 * Read by the finding's words (`describeFinding`) and by the worker that computes its ratio on
 * the draws, so both pick the same pair.
 *
 * @param ids the scopes' ids, in the scenario's order (at least one)
 * @param medians each scope's median reach, persons, in the same order
 * @param preferred the preset's own comparison, if any
 */
export function findingPair(
  ids: readonly string[],
  medians: readonly number[],
  preferred?: PreferredPair,
): { focus: number; base?: number } {
  const focus = preferred ? ids.indexOf(preferred.focusId) : -1;
  const base = preferred ? ids.indexOf(preferred.baseId) : -1;
  if (focus >= 0 && base >= 0) return { focus, base };
  // A stable sort: of equal reaches, the earlier scope is the larger.
  const order = ids.map((_, i) => i).sort((a, b) => medians[b]! - medians[a]!);
  const largest = order[0]!;
  const smallest = order.filter((i) => medians[i]! > 0).at(-1);
  return smallest !== undefined && smallest !== largest ? { focus: largest, base: smallest } : { focus: largest };
}

/** Where the ratio of two scopes (by index) is kept in a table of ratios (a shipped preset's, the worker's). */
export const ratioKey = (focus: number, base: number) => `${focus},${base}`;
