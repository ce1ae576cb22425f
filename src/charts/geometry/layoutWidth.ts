/** Width a chart is laid out at where nothing can be measured (jsdom), px. */
export const FALLBACK_WIDTH_PX = 640;

/**
 * The width to lay a chart out at, px: the width asked for (server rendering, exports), else the
 * width measured, else the fallback where measuring gives 0; undefined while not yet measured, so
 * a chart can wait for its width instead of drawing twice.
 *
 * @param askedPx a width given by the caller, px
 * @param measuredPx the chart's measured width, px; undefined before the first measurement
 */
export function layoutWidth(askedPx: number | undefined, measuredPx: number | undefined): number | undefined {
  if (askedPx !== undefined) return askedPx;
  if (measuredPx === undefined) return undefined;
  return measuredPx > 0 ? measuredPx : FALLBACK_WIDTH_PX;
}
