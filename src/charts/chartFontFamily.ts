/**
 * The charts' font stack, the app's own (`src/page/global.css`). The chart `<svg>` carries it as a
 * `font-family` attribute so a file opened outside the page uses the same faces; on the page the
 * chart's CSS (`font-family: inherit`) takes precedence and it follows the page.
 */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
