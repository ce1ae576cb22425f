// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { frameChartSvg, stripActiveContent, wrapLines } from '../../../src/charts/export/frameChartSvg';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200"><g class="chart-row"><text>Row</text></g></svg>';

describe('frameChartSvg', () => {
  it('puts the title above and the key, source line and link below the chart', () => {
    const svg = frameChartSvg(chart, {
      title: 'The scope ladder',
      legend: 'Solid bar: people sanctioned directly.',
      sourceLine: 'Source: Sanction Scope estimate',
      link: 'https://example.org/?v=1&p=scope-ladder',
      widthPx: 600,
      heightPx: 200,
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('632');
    expect(root.getAttribute('viewBox')).toBe(`0 0 632 ${root.getAttribute('height')}`);
    expect(doc.querySelector('.export-title')!.textContent).toBe('The scope ladder');
    expect(doc.querySelector('.export-source')!.textContent).toContain('Solid bar: people sanctioned directly.');
    expect(doc.querySelector('.export-source')!.textContent).toContain('Source: Sanction Scope estimate');
    expect(doc.querySelector('.export-source')!.textContent).toContain('https://example.org/?v=1&p=scope-ladder');
    const inner = root.querySelector('svg')!;
    expect(Number(inner.getAttribute('y'))).toBeGreaterThan(16);
    expect(doc.querySelectorAll('.chart-row')).toHaveLength(1);
  });

  it('keeps a hostile title as text', () => {
    const svg = frameChartSvg(chart, {
      title: '</text><script>alert(1)</script><text>',
      sourceLine: 'a & b',
      widthPx: 600,
      heightPx: 200,
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('.export-title')!.textContent).toBe('</text><script>alert(1)</script><text>');
  });

  it('strips scripts and event handlers from chart markup', () => {
    const dirty =
      '<svg onload="x()"><script>bad()</script><a href="javascript:bad()"><text onclick=\'y()\'>t</text></a></svg>';
    const clean = stripActiveContent(dirty);
    expect(clean).not.toMatch(/script|onload|onclick|javascript:/i);
    expect(clean).toContain('<text>t</text>');
  });
});

describe('wrapLines', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['', 10, []],
  ])('wraps %j at %i', (text, max, lines) => expect(wrapLines(text, max)).toEqual(lines));
});
