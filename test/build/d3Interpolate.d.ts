// The real d3-interpolate, imported by path in numericInterpolate.test.ts.
declare module '*/d3-interpolate/dist/d3-interpolate.mjs' {
  export function interpolate(a: number, b: number): (t: number) => number;
  export function interpolateNumber(a: number, b: number): (t: number) => number;
  export function interpolateRound(a: number, b: number): (t: number) => number;
  export function piecewise(...args: unknown[]): (t: number) => number;
}
