// @vitest-environment jsdom
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import ChartFile from '../../src/charts/ChartFile.svelte';
import { chartFileDocument } from '../../src/charts/export/chartFileDocument';
import { estimateTextWidth } from '../../src/charts/geometry/estimateTextWidth';
import type { ChartView } from '../../src/charts/geometry/chartView';
import type { ChartFileTexts } from '../../src/charts/geometry/placeChartFile';
import { referenceLines } from '../../src/data/referenceLines';
import { ladderResults } from './ladderRecord';

const results = ladderResults();
const REACH: ChartView = {
  view: 'reach',
  results,
  references: referenceLines(2024).filter((line) => line.shownByDefault),
  title: 'The scope ladder',
};
const TEXTS: ChartFileTexts = {
  title: 'The scope ladder',
  sourceLine: 'Source: Sanction Scope estimate; figures catalogue 2026-11-23; seed 2026, 10,000 draws',
  link: 'https://example.org/?v=1&p=scope-ladder',
};

/**
 * The file as the page's download makes it (mounted and serialised; `npm run render`'s server
 * rendering is checked by its golden files), parsed as XML as an SVG viewer does; fails on a parse error.
 */
function drawFile(props: { chart?: ChartView; texts?: ChartFileTexts; widthPx?: number; heightPx?: number }) {
  const host = document.createElement('div');
  const drawn = mount(ChartFile, { target: host, props: { chart: REACH, texts: TEXTS, widthPx: 632, ...props } });
  flushSync();
  const markup = new XMLSerializer().serializeToString(host.querySelector('svg')!);
  void unmount(drawn);
  const doc = new DOMParser().parseFromString(chartFileDocument(markup), 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** The chart's box in the file, px: its `<svg>` is placed by the group around it. */
function chartBox(doc: Document) {
  const inner = doc.querySelector('svg[role="img"]')!;
  const [xPx, yPx] = /translate\(([\d.]+),([\d.]+)\)/
    .exec(inner.parentElement!.getAttribute('transform')!)!
    .slice(1)
    .map(Number);
  return {
    xPx: xPx!,
    topPx: yPx!,
    widthPx: Number(inner.getAttribute('width')),
    bottomPx: yPx! + Number(inner.getAttribute('height')),
  };
}

/** A text's lines, and its top and bottom, px: first baseline − size to last baseline + a quarter size. */
function textBand(text: Element): { topPx: number; bottomPx: number; lines: string[] } {
  const size = Number(text.getAttribute('font-size'));
  const tspans = [...text.querySelectorAll('tspan')];
  const lastBaseline =
    Number(text.getAttribute('y')) + tspans.reduce((sum, tspan) => sum + Number(tspan.getAttribute('dy')), 0);
  return {
    topPx: Number(text.getAttribute('y')) - size,
    bottomPx: lastBaseline + size / 4,
    lines: tspans.length > 0 ? tspans.map((tspan) => tspan.textContent ?? '') : [text.textContent ?? ''],
  };
}

describe('ChartFile', () => {
  it('is a standalone document: xmlns, and width, height and viewBox in px that agree', () => {
    const root = drawFile({}).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('632');
    const height = Number(root.getAttribute('height'));
    expect(root.getAttribute('viewBox')).toBe(`0 0 632 ${height}`);
    expect(root.querySelector(':scope > title')?.textContent).toBe('The scope ladder');
    expect(chartBox(root.ownerDocument)).toMatchObject({ xPx: 16, widthPx: 600 });
    expect(root.querySelectorAll('.chart-row')).toHaveLength(results.length);
  });

  it('puts the title above the chart, and the key, source line and link below it, without overlap', () => {
    const doc = drawFile({});
    const { topPx: chartTopPx, bottomPx: chartBottomPx } = chartBox(doc);
    const title = textBand(doc.querySelector('.export-title')!);
    const key = [...doc.querySelectorAll('.export-key text')].map(textBand);
    const source = textBand(doc.querySelector('.export-source')!);
    const link = textBand(doc.querySelector('.export-link')!);
    expect(title.lines).toEqual(['The scope ladder']);
    expect(source.lines.join(' ')).toBe(TEXTS.sourceLine);
    expect(link.lines.join('')).toBe(TEXTS.link);
    expect(title.topPx).toBeGreaterThanOrEqual(0);
    expect(title.bottomPx).toBeLessThanOrEqual(chartTopPx);
    for (const item of key) {
      expect(item.topPx).toBeGreaterThanOrEqual(chartBottomPx);
      expect(item.bottomPx).toBeLessThanOrEqual(source.topPx);
    }
    expect(link.topPx).toBeGreaterThanOrEqual(source.bottomPx);
    expect(link.bottomPx).toBeLessThanOrEqual(Number(doc.documentElement.getAttribute('height')));
  });

  it("draws the chart's own key, marks and words: only what the chart draws", () => {
    const key = (chart: ChartView) =>
      [...drawFile({ chart }).querySelectorAll('.export-key')].map((item) => item.textContent?.trim());
    expect(key(REACH)).toEqual([
      'People reached (median)',
      '90% interval',
      'People sanctioned directly',
      'Population for comparison',
    ]);
    expect(key({ view: 'share', results, basis: 'population' })).toEqual([
      "Share of China's population reached (median)",
      '90% interval',
    ]);
    // Each entry's swatch is the page key's mark.
    expect(drawFile({}).querySelectorAll('.export-key svg')).toHaveLength(4);
  });

  it('makes an http(s) link a link, and anything else plain text', () => {
    expect(drawFile({}).querySelector('a')?.getAttribute('href')).toBe(TEXTS.link);
    const odd = drawFile({ texts: { ...TEXTS, link: 'javascript:alert(1)' } });
    expect(odd.querySelector('a')).toBeNull();
    expect(odd.querySelector('.export-link')?.textContent).toBe('javascript:alert(1)');
    const none = drawFile({ texts: { title: 'T', sourceLine: 'S' } });
    expect(none.querySelector('.export-link')).toBeNull();
  });

  it.each([392, 832])('wraps long text and the key within the chart, %i px wide', (widthPx) => {
    const doc = drawFile({
      widthPx,
      texts: {
        title: 'State Department visa rule for Party members, spouses and children under 21, December 2020 '.repeat(2),
        subtitle: 'The scope ladder. One reading of “family”: spouses, children and parents.',
        sourceLine: TEXTS.sourceLine,
        link: `https://example.org/sanction-scope/?v=1&p=${'x'.repeat(300)}`,
      },
    });
    for (const text of doc.querySelectorAll('text[class^="export-"], .export-key text')) {
      const size = Number(text.getAttribute('font-size'));
      const x = Number(text.getAttribute('x'));
      for (const line of textBand(text).lines)
        expect(x + estimateTextWidth(line, size), line).toBeLessThanOrEqual(widthPx - 16);
    }
    expect(textBand(doc.querySelector('.export-title')!).lines.length).toBeGreaterThanOrEqual(2);
    expect(textBand(doc.querySelector('.export-link')!).lines.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a hostile title, subtitle, source line and link as text', () => {
    const hostile = '</text><script>alert(1)</script><text onload="alert(2)">& "quotes" \'too\'';
    const doc = drawFile({
      chart: { ...REACH, title: hostile },
      texts: {
        title: hostile,
        subtitle: hostile,
        sourceLine: hostile,
        link: 'https://example.org/"><script>x</script>',
      },
    });
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].some((el) => el.hasAttribute('onload'))).toBe(false);
    expect(textBand(doc.querySelector('.export-title')!).lines.join(' ')).toBe(hostile);
    expect(doc.querySelector(':scope > title')?.textContent).toBe(hostile);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.org/"><script>x</script>');
  });

  it('puts a subtitle between the title and the chart', () => {
    const doc = drawFile({ texts: { ...TEXTS, subtitle: 'The scope ladder. One reading of “family”.' } });
    const title = textBand(doc.querySelector('.export-title')!);
    const subtitle = textBand(doc.querySelector('.export-subtitle')!);
    expect(subtitle.topPx).toBeGreaterThanOrEqual(title.bottomPx);
    expect(chartBox(doc).topPx).toBeGreaterThanOrEqual(subtitle.bottomPx);
  });

  it.each([
    ['a social card: laid out narrower and scaled up to fill it', 1200, 630],
    ['a square card: likewise, at most twice its size', 1080, 1080],
    ['content taller than the file: scaled down to fit, centred across', 392, 300],
  ])('is exactly its fixed size: %s', (_, widthPx, heightPx) => {
    const root = drawFile({ widthPx, heightPx }).documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(widthPx), String(heightPx)]);
    const [x, y, w, h] = root.getAttribute('viewBox')!.split(' ').map(Number);
    // The view box has the file's shape, so nothing is stretched, and it holds the whole content.
    expect(w! / h!).toBeCloseTo(widthPx / heightPx, 4);
    expect(y).toBe(0);
    const contentBottomPx = textBand(root.querySelector('.export-link')!).bottomPx + 16;
    expect(contentBottomPx).toBeLessThanOrEqual(h! + 0.01);
    if (h! > heightPx) return expect(x! + w! / 2).toBeCloseTo(widthPx / 2, 1);
    expect(x).toBe(0);
    expect(w).toBeGreaterThanOrEqual(widthPx / 2);
    // Filled to within the search's step (8 px of width) and a title's line (24 px: one line more
    // or less of wrapped text is a jump, not a slope), unless scaled up as far as it goes.
    if (w! > widthPx / 2) expect(h! - contentBottomPx).toBeLessThan((8 * heightPx) / widthPx + 24);
  });
});
