import type { ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import ChartFile from '../charts/ChartFile.svelte';

/** What `npm run render` draws: `ChartFile`'s props. */
export type ChartRequest = ComponentProps<typeof ChartFile>;

/**
 * The chart file's `<svg>` markup, rendered on the server by the component the page's downloads
 * mount (so a file from the command and one from the page agree mark for mark).
 */
export function renderChartMarkup(request: ChartRequest): string {
  const { body } = render(ChartFile, { props: request });
  // Svelte's hydration markers are comments; a file does not need them.
  return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}
