import { describe, expect, it } from 'vitest';
import { chartLegend } from '../../../src/charts/export/chartLegend';

const row = (classes: string) =>
  `<g class="chart-row" data-scope-id="a"><rect class="core"/>${classes}<line class="median"/></g>`;

describe('chartLegend', () => {
  it('names on the reach chart only the marks drawn', () => {
    expect(chartLegend(`<svg>${row('')}</svg>`)).toBe('Solid bar: people sanctioned directly. Black tick: the count.');
    expect(
      chartLegend(
        `<svg><line class="reference-line"/>${row('<rect class="relatives"/><g class="interval" stroke="#000"></g>')}</svg>`,
      ),
    ).toBe(
      'Solid bar: people sanctioned directly. Striped bar: their covered relatives. ' +
        'Black tick and whiskers: median and 90% interval. Dashed lines: populations for comparison.',
    );
  });

  it('reads class lists, not parts of class names', () => {
    // "relatives-note" and "intervals" are not the classes the marks carry.
    expect(chartLegend(`<svg>${row('<text class="relatives-note intervals"/>')}</svg>`)).toBe(
      'Solid bar: people sanctioned directly. Black tick: the count.',
    );
  });

  it('describes the share chart, with whiskers only when there are intervals', () => {
    expect(chartLegend('<svg><g class="share-row"><rect class="bar"/><g class="interval"></g></g></svg>')).toBe(
      'Bars: median share reached; whiskers: 90% interval.',
    );
    expect(chartLegend('<svg><g class="share-row"><rect class="bar"/></g></svg>')).toBe('Bars: share reached.');
  });

  it('says nothing about markup that is neither chart', () => {
    expect(chartLegend('<svg><rect/></svg>')).toBe('');
  });
});
