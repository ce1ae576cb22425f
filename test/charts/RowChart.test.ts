// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import RowChart from '../../src/charts/RowChart.svelte';
import type { ChartScope } from '../../src/charts/geometry/chartScope';
import { placeReachChart } from '../../src/charts/geometry/placeReachChart';
import { placeShareChart, shareChartTitle } from '../../src/charts/geometry/placeShareChart';
import type { ShareBasis } from '../../src/link/linkState';
import { referenceLines, type ReferenceLine } from '../../src/data/referenceLines';
import { ladderResults, SilentResizeObserver } from './ladderRecord';

const results = ladderResults();
const lines = referenceLines(2024);
const shown = lines.filter((line) => line.shownByDefault);
const hidden = lines.filter((line) => !line.shownByDefault);

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', SilentResizeObserver);
});

/** The reach chart as the page draws it: the row chart laid out by `placeReachChart`. */
const renderReach = (props: { results?: ChartScope[]; references: ReferenceLine[]; title: string; widthPx?: number }) =>
  render(RowChart, {
    props: {
      class: 'reach-chart',
      place: (widthPx: number) => placeReachChart(props.results ?? results, props.references, widthPx),
      title: props.title,
      widthPx: props.widthPx,
    },
  });

/** The share chart as the page draws it: the row chart laid out by `placeShareChart`. */
const renderShare = (props: { basis: ShareBasis; widthPx?: number; fullScale?: boolean }) =>
  render(RowChart, {
    props: {
      class: 'share-chart',
      place: (widthPx: number) => placeShareChart(results, props.basis, widthPx, props.fullScale),
      title: shareChartTitle(props.basis),
      widthPx: props.widthPx,
    },
  });

describe('RowChart as the reach chart', () => {
  it('draws one row per scope, named by its scope id', () => {
    const { container } = renderReach({ results, references: shown, title: 'The ladder' });
    const rows = container.querySelectorAll('.chart-row');
    expect(rows).toHaveLength(7);
    expect([...rows].map((row) => row.getAttribute('data-row-id'))).toEqual(results.map((result) => result.id));
    expect(rows[0]).toHaveTextContent('Named officials');
    expect(rows[0]?.querySelector('.value-label')?.textContent?.trim()).toBe('4');
    expect(rows[6]?.querySelector('.value-label')).toHaveTextContent('≈ 194 million (181–207 million)');
  });

  it('is an image named by its title and described in words', () => {
    renderReach({ results, references: shown, title: 'The ladder' });
    const image = screen.getByRole('img', { name: 'The ladder' });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image).toHaveAccessibleDescription(/^Seven scopes on a log scale from 1 person to China's population/);
    expect(image.querySelector('desc')).toHaveTextContent(/Largest: \u2068All members and immediate family\u2069/);
  });

  it('draws the shown reference lines and not the hidden ones', () => {
    const { container } = renderReach({ results, references: shown, title: 'The ladder' });
    const drawn = [...container.querySelectorAll('line.reference-line')].map((el) =>
      el.getAttribute('data-reference-id'),
    );
    expect(drawn.sort()).toEqual(shown.map((line) => line.id).sort());
    for (const line of hidden) {
      expect(container.querySelector(`[data-reference-id="${line.id}"]`)).toBeNull();
      expect(container).not.toHaveTextContent(line.label);
    }
    expect(
      container.querySelector('text.reference-label[data-reference-id="hong-kong-population-2024"]'),
    ).toHaveTextContent('Hong Kong 7.53M');
  });

  it('draws no reference lines, and no key entry for them, when none is shown', () => {
    const { container } = renderReach({ results, references: [], title: 'The ladder' });
    expect(container.querySelectorAll('.reference-line')).toHaveLength(0);
    expect(screen.queryByText('Population for comparison')).toBeNull();
  });

  it('is a range plot: a dot, whiskers and a diamond for the people sanctioned directly, no bars', () => {
    const { container } = renderReach({ results, references: shown, title: 'The ladder' });
    expect(screen.getByText('People sanctioned directly')).toBeInTheDocument();
    expect(screen.getByText('90% interval')).toBeInTheDocument();
    const familyRow = container.querySelector('[data-row-id="all-members-families"]')!;
    expect(familyRow.querySelector('circle.median')).not.toBeNull();
    expect(familyRow.querySelector('path.core')).not.toBeNull();
    expect(familyRow.querySelector('.interval')).not.toBeNull();
    expect(familyRow.querySelector('title')?.textContent).toMatch(/% of them covered relatives$/);
    // Exact counts have neither a core marker nor an interval.
    const politburo = container.querySelector('[data-row-id="politburo"]')!;
    expect(politburo.querySelector('path.core')).toBeNull();
    expect(politburo.querySelector('.interval')).toBeNull();
    // No bar anywhere: every row is positions and spans between estimates.
    expect(container.querySelectorAll('svg[role="img"] rect')).toHaveLength(0);
  });

  it('lays out at 640 px when it cannot measure its width', () => {
    renderReach({ results, references: [], title: 'The ladder' });
    expect(screen.getByRole('img').getAttribute('viewBox')).toMatch(/^0 0 640 \d+/);
  });

  it('lays out at widthPx when given, without measuring', () => {
    renderReach({ results, references: shown, title: 'The ladder', widthPx: 360 });
    const image = screen.getByRole('img');
    expect(image.getAttribute('width')).toBe('360');
    expect(image.getAttribute('viewBox')).toBe(`0 0 360 ${image.getAttribute('height')}`);
  });

  it('keeps its look in SVG attributes, so the <svg> stands alone as a file', () => {
    const { container } = renderReach({ results, references: shown, title: 'The ladder' });
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('font-family')).toMatch(/sans-serif$/);
    for (const name of ['width', 'height']) expect(Number(svg.getAttribute(name))).toBeGreaterThan(0);
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(Number(text.getAttribute('font-size')), text.textContent!).toBeGreaterThanOrEqual(11);
      expect(text.getAttribute('fill'), text.textContent!).toMatch(/^#[0-9a-f]{6}$/);
    }
    for (const name of svg.querySelectorAll('.row-name')) expect(name.getAttribute('font-weight')).toBe('600');
    for (const label of svg.querySelectorAll('.row-name, .value-label, .reference-label'))
      expect(label.getAttribute('paint-order')).toBe('stroke');
    // Marks carry their colours as attributes, so a file looks the same in any viewer.
    for (const mark of svg.querySelectorAll('circle.median, path.core'))
      expect(mark.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('grows taller with more scopes', () => {
    const height = (count: number) => {
      const { container, unmount } = renderReach({
        results: results.slice(0, count),
        references: [],
        title: `${count}`,
      });
      const value = Number(container.querySelector('svg[role="img"]')?.getAttribute('height'));
      unmount();
      return value;
    };
    expect(height(2)).toBeLessThan(height(7));
  });
});

describe('RowChart as the share chart', () => {
  it('draws one row per scope with a direct label', () => {
    const { container } = renderShare({ basis: 'population' });
    const rows = container.querySelectorAll('.chart-row');
    expect(rows).toHaveLength(7);
    expect(rows[6]?.getAttribute('data-row-id')).toBe('all-members-families');
    expect(rows[6]).toHaveTextContent('13.8% (12.8–14.7%)');
    expect(rows[5]).toHaveTextContent('7.12%');
  });

  it('is an image with a title and a description for its basis', () => {
    renderShare({ basis: 'adults' });
    const image = screen.getByRole('img', { name: "Share of China's adults reached, by scope" });
    expect(image).toHaveAccessibleDescription(/^Seven scopes as a share of China's adults/);
  });

  it('lays out at widthPx when given, stands alone with its look in SVG attributes', () => {
    const { container } = renderShare({ basis: 'population', widthPx: 420 });
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
    const { container } = renderShare({ basis: 'population', fullScale: true });
    const axis = container.querySelector('.axis');
    for (const label of ['0%', '25%', '50%', '75%', '100%']) expect(axis).toHaveTextContent(label);
    expect(screen.getByText("Share of China's population reached (median)")).toBeInTheDocument();
    expect(screen.getByText('90% interval')).toBeInTheDocument();
  });

  it('ends a fitted axis just above the largest share', () => {
    const { container } = renderShare({ basis: 'population' });
    expect(container.querySelector('.axis')).not.toHaveTextContent('100%');
  });
});
