// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ReachChart from '../../../src/charts/ReachChart.svelte';
import { serializeChart } from '../../../src/charts/export/serializeChart';
import { referenceLines } from '../../../src/data/referenceLines';
import { ladderResults, SilentResizeObserver } from '../ladderRecord';

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', SilentResizeObserver);
});

describe('serializeChart', () => {
  it('gives the live chart as standalone SVG: namespace, size in px, every row', () => {
    const references = referenceLines(2024).filter((line) => line.shownByDefault);
    const { container } = render(ReachChart, {
      props: { results: ladderResults(), references, title: 'The ladder', widthPx: 500 },
    });
    const markup = serializeChart(container.querySelector<SVGSVGElement>('svg[role="img"]')!);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('500');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 500 \d+$/);
    expect(doc.querySelectorAll('.chart-row')).toHaveLength(7);
    expect(doc.querySelectorAll('.reference-label')).toHaveLength(references.length);
  });

  it('sizes an element without its own size by where it is drawn', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.getBoundingClientRect = () => ({ width: 320.4, height: 99.6 }) as DOMRect;
    const root = new DOMParser().parseFromString(serializeChart(svg), 'image/svg+xml').documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
      '320',
      '100',
      '0 0 320 100',
    ]);
  });
});
