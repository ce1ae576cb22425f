import { scaleLinear } from 'd3-scale';
import type { ShareBasis } from '../../link/linkState';
import type { Interval } from '../../model/interval';
import { isolate } from '../../format/isolate';
import { formatShareInterval } from '../../format/formatShare';
import { SHARE_CHART } from '../../i18n/en/shareChart';
import { currentLocale, wordsFor } from '../../i18n/wordsFor';
import type { ChartScope } from './chartScope';
import { describeRows } from './describeRows';
import { makeRowLayout } from './makeRowLayout';
import type { PlacedAxis } from './placeAxis';
import { placeRowChart, type PlacedRowChart, type RowSpec } from './placeRowChart';

/** The share a basis reads from a scope. */
export function shareOf(result: ChartScope, basis: ShareBasis): Interval {
  return basis === 'adults' ? result.shareOfAdults : result.shareOfPopulation;
}

/** Ends the fitted axis may take, 0-1: round numbers a reader can read a share against. */
const AXIS_ENDS = [
  0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1,
];

/**
 * The right end of the share axis: the smallest round share at or above every scope's 95th
 * percentile, so the largest scope's bar fills most of the plot (a 14.5% scope on a 0–100% axis
 * leaves the smaller ones invisible); 100% when asked for, or when the data reach it.
 */
export function shareAxisEnd(results: readonly ChartScope[], basis: ShareBasis, fullScale: boolean): number {
  if (fullScale) return 1;
  const largest = Math.max(0, ...results.map((result) => shareOf(result, basis).p95));
  return AXIS_ENDS.find((end) => end >= largest) ?? 1;
}

/** The share chart's name: its caption on the page and its `<title>`. */
export function shareChartTitle(basis: ShareBasis): string {
  const w = wordsFor('shareChart', SHARE_CHART);
  return w.title(w.basis[basis]);
}

/**
 * Lays out the share chart at a width: per scope a bar from 0 to the median share, its 90%
 * interval and a direct label "14.5% (13.9–15.0%)", on a linear axis from 0 to `shareAxisEnd`
 * (quarters on the whole 0–100%, round steps on a fitted one, and always its end).
 *
 * @param results scopes, top to bottom
 * @param basis share of the whole population or of adults
 * @param widthPx the chart's measured width, px
 * @param fullScale the whole 0–100% instead of an axis fitted to the data
 */
export function placeShareChart(
  results: readonly ChartScope[],
  basis: ShareBasis,
  widthPx: number,
  fullScale = false,
): PlacedRowChart & { axis: PlacedAxis } {
  const w = wordsFor('shareChart', SHARE_CHART);
  const basisWords = w.basis[basis];
  const layout = makeRowLayout(widthPx);
  const end = shareAxisEnd(results, basis, fullScale);
  const scale = scaleLinear().domain([0, end]).range([0, layout.plotWidthPx]).clamp(true);
  const ticks = end === 1 ? [0, 0.25, 0.5, 0.75, 1] : scale.ticks(4);
  const values = ticks.at(-1) === end ? ticks : [...ticks, end];
  const specs = results.map((result): RowSpec => {
    const share = shareOf(result, basis);
    const medianXPx = scale(share.median);
    const labelText = formatShareInterval(share, currentLocale());
    return {
      id: result.id,
      name: result.label,
      labelText,
      medianXPx,
      interval: share.p05 === share.p95 ? undefined : { x0Px: scale(share.p05), x1Px: scale(share.p95) },
      bars: [{ kind: 'share', x0Px: 0, x1Px: medianXPx }],
      summary: w.summary(isolate(result.label), labelText, basisWords),
    };
  });
  const measure = w.measure(basisWords);
  // "15%", "0.05%": as few digits as each needs.
  const percent = (share: number) => `${Number((share * 100).toPrecision(6))}%`;
  const axis = {
    scale,
    values,
    labels: values.map(percent),
    titles: [[w.axis(measure), measure]],
  };
  const description = describeRows(
    results,
    w.scale(basisWords, percent(end)),
    (result) => shareOf(result, basis),
    (result) => w.row(isolate(result.label), formatShareInterval(shareOf(result, basis), currentLocale())),
  );
  return placeRowChart(layout, specs, axis, [], { description, key: measure });
}
