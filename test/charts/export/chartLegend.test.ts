import { describe, expect, it } from 'vitest';
import { chartLegend } from '../../../src/charts/export/chartLegend';

const row = (classes: string) => `<g class="chart-row" data-row-id="a">${classes}<circle class="median"/></g>`;

describe('chartLegend', () => {
  it('names on the reach chart only the marks drawn', () => {
    expect(chartLegend(`<svg>${row('')}</svg>`)).toBe('Dot: people reached.');
    expect(
      chartLegend(
        `<svg><line class="reference-line"/>${row('<path class="core"/><g class="interval" stroke="#000"></g>')}</svg>`,
      ),
    ).toBe(
      'Dot: people reached (median); whiskers: 90% interval. Open diamond: people sanctioned directly. ' +
        'Dashed lines: populations for comparison.',
    );
  });

  it('reads class lists, not parts of class names', () => {
    // "core-note" and "intervals" are not the classes the marks carry.
    expect(chartLegend(`<svg>${row('<text class="core-note intervals"/>')}</svg>`)).toBe('Dot: people reached.');
  });

  it('describes the share chart, with whiskers only when there are intervals', () => {
    expect(
      chartLegend('<svg><g class="chart-row"><rect class="bar bar-share"/><g class="interval"></g></g></svg>'),
    ).toBe('Bars: median share reached; whiskers: 90% interval.');
    expect(chartLegend('<svg><g class="chart-row"><rect class="bar bar-share"/></g></svg>')).toBe(
      'Bars: share reached.',
    );
  });

  it('says nothing about markup that is neither chart', () => {
    expect(chartLegend('<svg><rect/></svg>')).toBe('');
  });
});
