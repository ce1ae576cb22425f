import { flushSync, mount, unmount } from 'svelte';
import ChartFileSvg from '../charts/ChartFile.svelte';
import { chartFileDocument } from '../charts/export/chartFileDocument';
import type { ExportSize } from './exportSizes';
import type { ChartView } from '../charts/geometry/chartView';
import { chartSourceLine } from '../report/chartSourceLine';

/** A standalone chart file and its size in CSS pixels. */
export interface ChartFile {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/**
 * The chart as a standalone SVG file at a chosen size (see `EXPORT_SIZES`), whatever the reader's
 * screen: `ChartFile` (the finding as its title, the scenario and reading under it, the chart, its
 * key, the source line and the link) mounted off the page at the file's size and serialised. The
 * same component `npm run render` renders. Loaded only when the reader asks for a download.
 *
 * @param chart what to draw
 * @param size the file's size
 * @param frame the texts around the chart; `run` is the estimate's catalogue version, draws and seed
 */
export function chartFile(
  chart: ChartView,
  size: ExportSize,
  frame: {
    title: string;
    subtitle: string;
    link: string;
    run: { catalogueVersion: string; samples: number; seed: number };
    /** Where the numbers come from, when not a preset as published (`describeProvenance`). */
    provenance: string;
  },
): ChartFile {
  // Laid out at a given size, so nothing is measured: the file is drawn without touching the page.
  const host = document.createElement('div');
  const drawn = mount(ChartFileSvg, {
    target: host,
    props: {
      chart,
      texts: {
        title: frame.title,
        subtitle: frame.subtitle,
        sourceLine: chartSourceLine(frame.run, frame.provenance),
        link: frame.link,
      },
      widthPx: size.widthPx,
      heightPx: size.heightPx,
    },
  });
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
