// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import TornadoChart from '../../src/charts/TornadoChart.svelte';
import { tornado } from '../../src/model/sensitivity';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';
import { SilentResizeObserver } from './ladderRecord';

const ladder = resolveScenario(loadPreset('scope-ladder.json'));
const bars = tornado(ladder, 'all-members-families');
const title = 'What moves the reach of all members and immediate family';

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', SilentResizeObserver);
});

describe('TornadoChart', () => {
  it('draws one row per input that moves the reach, largest swing first, with both ends labelled', () => {
    const { container } = render(TornadoChart, { props: { bars, title } });
    const rows = container.querySelectorAll('.chart-row');
    // 15 demographic inputs; the mothers' cohorts (3), cadres' fertility and survival do not enter.
    expect(rows).toHaveLength(10);
    expect(rows[0]?.getAttribute('data-row-id')).toBe('spouseClusteringOddsRatio');
    expect(rows[0]).toHaveTextContent("Spouses' clustering of membership (odds ratio)");
    expect(rows[0]).toHaveTextContent('2–13');
    expect([...rows[0]!.querySelectorAll('.value-label')].map((label) => label.textContent?.trim())).toEqual([
      '179M',
      '209M',
    ]);
    expect(rows[0]?.querySelectorAll('.bar-low')).toHaveLength(1);
    expect(rows[0]?.querySelectorAll('.bar-high')).toHaveLength(1);
    expect(container.querySelector('.base-label')).toHaveTextContent('All inputs at their most likely: 200.29 million');
    expect(container.querySelector('.note')).toHaveTextContent(/^No effect on this scope/);
  });

  it('is an image with the title as its name and a generated description', () => {
    render(TornadoChart, { props: { bars, title } });
    const image = screen.getByRole('img', { name: title });
    expect(image).toHaveAccessibleDescription(
      /^With every input at its most likely value the scope reaches 200 million people\. Moving one input at a time, the largest effect is Spouses' clustering/,
    );
  });

  it('lays out at a given width and stacks names on a phone', () => {
    const { container } = render(TornadoChart, { props: { bars, title, widthPx: 360 } });
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('width')).toBe('360');
    // Stacked: the base line runs across each bar line, not through the names.
    expect(container.querySelectorAll('.base-line')).toHaveLength(10);
  });

  it('shows only the note when no input moves the reach', () => {
    const { container } = render(TornadoChart, { props: { bars: tornado(ladder, 'politburo'), title: 'Politburo' } });
    expect(container.querySelectorAll('.chart-row')).toHaveLength(0);
    expect(container.querySelector('.key')).toBeNull();
    expect(container.querySelector('.note')).toHaveTextContent(
      "None of the 15 uncertain inputs changes this scope's reach of 24 people.",
    );
  });
});
