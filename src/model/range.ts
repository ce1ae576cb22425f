/**
 * An uncertain quantity as a triangular distribution: the lowest plausible value, the most likely
 * value and the highest plausible value, in the quantity's own unit. `low <= mode <= high`; a
 * range with `low === high` is an exact value.
 */
export interface Range {
  low: number;
  mode: number;
  high: number;
}

/** An exact value written as a degenerate range. */
export function exactRange(value: number): Range {
  return { low: value, mode: value, high: value };
}

/** True when every draw from the range is the same value. */
export function isExact(range: Range): boolean {
  return range.low === range.high;
}

/** True when two ranges have the same low, most likely and high values. */
export function sameRange(a: Range, b: Range): boolean {
  return a.low === b.low && a.mode === b.mode && a.high === b.high;
}
