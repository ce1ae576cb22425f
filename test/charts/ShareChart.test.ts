// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ShareChart from '../../src/charts/ShareChart.svelte';
import { ladderResults, SilentResizeObserver } from './ladderRecord';

const results = ladderResults();

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', SilentResizeObserver);
});

describe('ShareChart', () => {
  it('draws one row per scope with a direct label', () => {
    const { container } = render(ShareChart, { props: { results, basis: 'population' } });
    const rows = container.querySelectorAll('.chart-row');
    expect(rows).toHaveLength(7);
    expect(rows[6]?.getAttribute('data-row-id')).toBe('all-members-families');
    expect(rows[6]).toHaveTextContent('13.8% (12.8–14.7%)');
    expect(rows[5]).toHaveTextContent('7.12%');
  });

  it('is an image with a title and a description for its basis', () => {
    render(ShareChart, { props: { results, basis: 'adults' } });
    const image = screen.getByRole('img', { name: "Share of China's adults reached, by scope" });
    expect(image).toHaveAccessibleDescription(/^Seven scopes as a share of China's adults/);
  });

  it('lays out at widthPx when given, stands alone with its look in SVG attributes', () => {
    const { container } = render(ShareChart, { props: { results, basis: 'population', widthPx: 420 } });
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe('420');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 420 ${svg.getAttribute('height')}`);
    for (const text of svg.querySelectorAll('text')) {
      expect(Number(text.getAttribute('font-size')), text.textContent!).toBeGreaterThanOrEqual(11);
      expect(text.getAttribute('fill'), text.textContent!).toMatch(/^#[0-9a-f]{6}$/);
    }
    for (const label of svg.querySelectorAll('.row-name, .value-label'))
      expect(label.getAttribute('paint-order')).toBe('stroke');
  });

  it('fits its axis to the data, with the whole 0% to 100% when asked, and a key', () => {
    const { container } = render(ShareChart, { props: { results, basis: 'population', fullScale: true } });
    const axis = container.querySelector('.axis');
    for (const label of ['0%', '25%', '50%', '75%', '100%']) expect(axis).toHaveTextContent(label);
    expect(screen.getByText("Share of China's population reached (median)")).toBeInTheDocument();
    expect(screen.getByText('90% interval')).toBeInTheDocument();
  });

  it('ends a fitted axis just above the largest share', () => {
    const { container } = render(ShareChart, { props: { results, basis: 'population' } });
    expect(container.querySelector('.axis')).not.toHaveTextContent('100%');
  });
});
