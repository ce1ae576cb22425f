/**
 * Stands in for `d3-format` where d3-scale imports it (see `scaleFormatStandIn` in
 * bundleTricks.ts). d3-scale uses it only in its scales' `tickFormat`, which this app never calls:
 * every number is written by `src/format/formatNumber.ts`. If one were called, the page would stop
 * with this error rather than ship the 2 KB formatter for it.
 */
function unavailable(): never {
  throw new Error("d3-scale's tickFormat is not in this build: write numbers with src/format/formatNumber.ts");
}

export const format = unavailable;
export const formatPrefix = unavailable;
export const formatSpecifier = unavailable;
export const precisionFixed = unavailable;
export const precisionPrefix = unavailable;
export const precisionRound = unavailable;
