// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { frameChartSvg, type ChartFrame } from '../../../src/charts/export/frameChartSvg';
import { estimateTextWidth } from '../../../src/charts/geometry/estimateTextWidth';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200"><g class="chart-row" data-row-id="a"><text>Row</text></g></svg>';

const FRAME: ChartFrame = {
  title: 'The scope ladder',
  legend: 'Dot: people reached.',
  sourceLine: 'Source: Sanction Scope estimate; figures catalogue 2026-11-23; seed 2026, 10,000 draws',
  link: 'https://example.org/?v=1&p=scope-ladder',
  widthPx: 600,
  heightPx: 200,
};

/** Parses as XML (as an SVG viewer does); fails the test on a parse error. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** Top and bottom of a `<text>`'s lines, px, from its attributes: baseline − size to last baseline + a quarter size. */
function textBand(text: Element): { topPx: number; bottomPx: number; lines: string[] } {
  const size = Number(text.getAttribute('font-size'));
  const tspans = [...text.querySelectorAll('tspan')];
  const firstBaseline = Number(text.getAttribute('y'));
  const lastBaseline = firstBaseline + tspans.reduce((sum, tspan) => sum + Number(tspan.getAttribute('dy')), 0);
  return {
    topPx: firstBaseline - size,
    bottomPx: lastBaseline + size / 4,
    lines: tspans.map((tspan) => tspan.textContent ?? ''),
  };
}

describe('frameChartSvg', () => {
  it('is a standalone document: xmlns, and width, height and viewBox in px that agree', () => {
    const svg = frameChartSvg(chart, FRAME);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('632');
    const height = Number(root.getAttribute('height'));
    expect(height).toBeGreaterThan(200 + 2 * 16);
    expect(root.getAttribute('viewBox')).toBe(`0 0 632 ${height}`);
    expect(root.querySelector(':scope > title')?.textContent).toBe('The scope ladder');
  });

  it('puts the title above the chart and the legend, source line and link below it, without overlap', () => {
    const doc = parse(frameChartSvg(chart, FRAME));
    const root = doc.documentElement;
    const inner = root.querySelector('svg')!;
    const chartTop = Number(inner.getAttribute('y'));
    const chartBottom = chartTop + Number(inner.getAttribute('height'));
    expect(inner.getAttribute('x')).toBe('16');
    expect(inner.getAttribute('width')).toBe('600');

    const title = textBand(doc.querySelector('.export-title')!);
    const legend = textBand(doc.querySelector('.export-legend')!);
    const source = textBand(doc.querySelector('.export-source')!);
    const link = textBand(doc.querySelector('.export-link')!);
    expect(title.lines).toEqual(['The scope ladder']);
    expect(legend.lines).toEqual(['Dot: people reached.']);
    expect(source.lines.join(' ')).toBe(FRAME.sourceLine);
    expect(link.lines.join('')).toBe(FRAME.link);

    expect(title.topPx).toBeGreaterThanOrEqual(0);
    expect(title.bottomPx).toBeLessThanOrEqual(chartTop);
    expect(legend.topPx).toBeGreaterThanOrEqual(chartBottom);
    expect(source.topPx).toBeGreaterThanOrEqual(legend.bottomPx);
    expect(link.topPx).toBeGreaterThanOrEqual(source.bottomPx);
    expect(link.bottomPx).toBeLessThanOrEqual(Number(root.getAttribute('height')));
    // The chart itself is carried over whole.
    expect(doc.querySelectorAll('.chart-row')).toHaveLength(1);
  });

  it('makes the link a link', () => {
    const doc = parse(frameChartSvg(chart, FRAME));
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(FRAME.link);
    const noLink = parse(frameChartSvg(chart, { ...FRAME, link: undefined }));
    expect(noLink.querySelector('.export-link')).toBeNull();
    expect(noLink.querySelector('a')).toBeNull();
  });

  it.each([360, 800])('wraps long text within the %i px chart width', (widthPx) => {
    const svg = frameChartSvg(chart.replaceAll('600', String(widthPx)), {
      ...FRAME,
      title: 'State Department visa rule for Party members, spouses and children under 21, December 2020 '.repeat(2),
      link: `https://example.org/sanction-scope/?v=1&p=${'x'.repeat(300)}`,
      widthPx,
    });
    const doc = parse(svg);
    for (const selector of ['.export-title', '.export-legend', '.export-source', '.export-link']) {
      const text = doc.querySelector(selector)!;
      const size = Number(text.getAttribute('font-size'));
      const lines = textBand(text).lines;
      // The long title and the link must wrap; the legend and source line may fit on one line.
      const wraps = selector === '.export-title' || selector === '.export-link';
      expect(lines.length, selector).toBeGreaterThanOrEqual(wraps ? 2 : 1);
      for (const line of lines) expect(estimateTextWidth(line, size), line).toBeLessThanOrEqual(widthPx);
    }
  });

  it('keeps a hostile title, legend, source line and link as text', () => {
    const hostile = '</text><script>alert(1)</script><text onload="alert(2)">& "quotes" \'too\'';
    const svg = frameChartSvg(chart, {
      title: hostile,
      legend: hostile,
      sourceLine: hostile,
      link: `https://example.org/"><script>alert(3)</script>`,
      widthPx: 600,
      heightPx: 200,
    });
    const doc = parse(svg);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].some((el) => el.hasAttribute('onload'))).toBe(false);
    expect(textBand(doc.querySelector('.export-title')!).lines.join(' ')).toBe(hostile);
    expect(doc.querySelector(':scope > title')?.textContent).toBe(hostile);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(`https://example.org/"><script>alert(3)</script>`);
  });

  it('strips scripts and event handlers from the chart markup it is given', () => {
    const dirty =
      '<svg width="600" height="200" onload="x()"><script>bad()</script><g class="chart-row" onclick=\'y()\'><text>Row</text></g></svg>';
    const svg = frameChartSvg(dirty, FRAME);
    expect(svg).not.toMatch(/<script|\son[a-z]+\s*=/i);
    const doc = parse(svg);
    expect(doc.querySelector('.chart-row')?.textContent).toBe('Row');
  });

  it('drops an XML declaration in the chart markup and sizes a chart that has no size', () => {
    const bare = '<?xml version="1.0"?>\n<svg viewBox="0 0 600 200"><rect width="10" height="10"/></svg>';
    const doc = parse(frameChartSvg(bare, FRAME));
    const inner = doc.documentElement.querySelector('svg')!;
    expect(inner.getAttribute('width')).toBe('600');
    expect(inner.getAttribute('height')).toBe('200');
  });

  it('puts a subtitle between the title and the chart', () => {
    const doc = parse(frameChartSvg(chart, { ...FRAME, subtitle: 'The scope ladder. One reading of “family”.' }));
    const title = textBand(doc.querySelector('.export-title')!);
    const subtitle = textBand(doc.querySelector('.export-subtitle')!);
    const chartTopPx = Number(doc.querySelector('svg > svg')!.getAttribute('y'));
    expect(subtitle.topPx).toBeGreaterThanOrEqual(title.bottomPx);
    expect(chartTopPx).toBeGreaterThanOrEqual(subtitle.bottomPx);
  });

  it.each([
    ['content shorter than the file: kept at its size, at the top', 200, 630],
    ['content taller than the file: scaled down to fit, centred across', 900, 630],
  ])('is exactly its fixed size: %s', (_, chartHeightPx, fileHeightPx) => {
    const doc = parse(frameChartSvg(chart, { ...FRAME, heightPx: chartHeightPx, fileHeightPx }));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('632');
    expect(root.getAttribute('height')).toBe(String(fileHeightPx));
    const [x, y, w, h] = root.getAttribute('viewBox')!.split(' ').map(Number);
    // The view box has the file's shape, so nothing is stretched.
    expect(w! / h!).toBeCloseTo(632 / fileHeightPx, 4);
    expect(y).toBe(0);
    // It holds the whole content: the link's last line is inside it.
    const link = textBand(doc.querySelector('.export-link')!);
    expect(link.bottomPx).toBeLessThanOrEqual(h!);
    if (h! > fileHeightPx) expect(x! + w! / 2).toBeCloseTo(316, 1);
    else expect([x, w, h]).toEqual([0, 632, fileHeightPx]);
  });
});
