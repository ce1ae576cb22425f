/** True when some element in the markup has `token` among its classes. */
function hasClass(markup: string, token: string): boolean {
  return new RegExp(`\\sclass="(?:[^"]*\\s)?${token}(?:\\s[^"]*)?"`).test(markup);
}

/**
 * The chart's key in words, for the footer of an exported file: the page draws the key in HTML,
 * outside the chart's `<svg>`. Like the page's key it names only what is drawn, read from the
 * chart markup itself (its row, bar and line classes), so it fits the live chart and a
 * server-rendered one alike.
 *
 * @param chartSvg the chart's `<svg>` markup (ReachChart or ShareChart)
 * @returns sentences, or '' for markup that is neither chart
 * @example chartLegend(reachChartOfExactCounts) // => 'Dot: people reached.'
 */
export function chartLegend(chartSvg: string): string {
  const intervals = hasClass(chartSvg, 'interval');
  if (!hasClass(chartSvg, 'chart-row')) return '';
  // Share bars only: the tornado's bars (bar-low, bar-high) are not shares.
  if (hasClass(chartSvg, 'bar-share'))
    return intervals ? 'Bars: median share reached; whiskers: 90% interval.' : 'Bars: share reached.';
  return [
    intervals ? 'Dot: people reached (median); whiskers: 90% interval.' : 'Dot: people reached.',
    hasClass(chartSvg, 'core') ? 'Open diamond: people sanctioned directly.' : '',
    hasClass(chartSvg, 'ghost') ? "Dashed circle: the preset's value, before the changes." : '',
    hasClass(chartSvg, 'reference-line') ? 'Dashed lines: populations for comparison.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
