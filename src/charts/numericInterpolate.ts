/**
 * The part of d3-interpolate that d3-scale uses, for numbers only. The build aliases
 * `d3-interpolate` to this file (vite.config.ts): d3-scale's default interpolator handles colours,
 * dates and strings too, which pulls d3-color and the rest of d3-interpolate (about 5 KB gzipped)
 * into every page, while every range our scales map onto is a number of pixels. The functions
 * behave as d3-interpolate's do on numbers; test/charts/numericInterpolate.test.ts compares them.
 */

/** Linear interpolation from `a` to `b`; t in [0, 1] (values outside extrapolate). */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

/** `interpolateNumber`, rounded to the nearest integer. */
export function interpolateRound(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
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
