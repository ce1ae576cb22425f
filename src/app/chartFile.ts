import { flushSync, mount, unmount } from 'svelte';
import ChartFileSvg from '../charts/ChartFile.svelte';
import { chartFileDocument } from '../charts/export/chartFileDocument';
import type { ChartFileProps } from './chartFileProps';

/** A standalone chart file and its size in CSS pixels. */
export interface ChartFile {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/**
 * The chart as a standalone SVG file at a chosen size (see `EXPORT_SIZES`), whatever the reader's
 * screen: `ChartFile` mounted off the page at the file's size and serialised, from the props the
 * page's state gives (`chartFileProps`). The same component `npm run render` renders. Loaded only
 * when the reader asks for a download.
 */
export function chartFile(props: ChartFileProps): ChartFile {
  // Laid out at a given size, so nothing is measured: the file is drawn without touching the page.
  const host = document.createElement('div');
  const drawn = mount(ChartFileSvg, { target: host, props });
  try {
    flushSync();
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the chart file drew nothing');
    return {
      svg: chartFileDocument(new XMLSerializer().serializeToString(svg)),
      widthPx: Number(svg.getAttribute('width')),
      heightPx: Number(svg.getAttribute('height')),
    };
  } finally {
    void unmount(drawn);
  }
}
