/**
 * The part of d3-interpolate that d3-scale uses, for numbers only (see bundleTricks.ts). The
 * functions behave as d3-interpolate's do on numbers (test/build/numericInterpolate.test.ts compares
 * them) and throw on anything else: a colour or date range would otherwise give NaN positions.
 */

/** The number `value` is, or a TypeError naming this trick. */
function numeric(value: unknown): number {
  if (typeof value === 'number') return value;
  throw new TypeError(`d3-interpolate here takes numbers only (build/bundleTricks.ts): ${String(value)}`);
}

/** Linear interpolation from `a` to `b`; t in [0, 1] (values outside extrapolate). */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  const from = numeric(a);
  const to = numeric(b);
  return (t) => from * (1 - t) + to * t;
}

/** `interpolateNumber`, rounded to the nearest integer. */
export function interpolateRound(a: number, b: number): (t: number) => number {
  const from = numeric(a);
  const to = numeric(b);
  return (t) => Math.round(from * (1 - t) + to * t);
}

/** d3-scale's default interpolator: here always numeric, since our ranges are numbers. */
export const interpolate = interpolateNumber;

/** Interpolates through `values` in equal steps of t (d3-interpolate's `piecewise`). */
export function piecewise(
  interpolator: (a: number, b: number) => (t: number) => number,
  values?: readonly number[],
): (t: number) => number {
  const points = values ?? (interpolator as unknown as readonly number[]);
  const between = values ? interpolator : interpolateNumber;
  const n = points.length - 1;
  const segments = Array.from({ length: Math.max(0, n) }, (_, i) => between(points[i]!, points[i + 1]!));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return segments[i]!(t - i);
  };
}
