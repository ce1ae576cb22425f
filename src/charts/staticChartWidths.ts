/**
 * The context key under which a build-time render of a page gives its charts the widths to draw
 * them at, px, narrowest first (`readonly number[]`). Nothing can be measured at build time: a
 * chart is drawn at each width and the page's CSS shows the one that fits its box
 * (`build/prerender.ts`). In the browser no page sets it: a chart waits for its measured width,
 * which the page reads in the task that mounts it, so the live chart replaces the prerendered
 * one before the next frame.
 */
export const STATIC_CHART_WIDTHS = Symbol('static chart widths');
