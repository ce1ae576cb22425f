// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Histogram from '../../src/charts/Histogram.svelte';
import { placeHistogram } from '../../src/charts/geometry/placeHistogram';
import { estimateReach } from '../../src/model/estimateReach';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';
import { SilentResizeObserver } from './ladderRecord';

const estimate = estimateReach(resolveScenario(loadPreset('scope-ladder.json')));
const scope = estimate.scopes.find((s) => s.id === 'all-members-families')!;
const props = {
  draws: scope.draws.peopleReached,
  interval: scope.peopleReached,
  title: 'People reached: 10,000 draws',
};

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', SilentResizeObserver);
});

describe('Histogram', () => {
  it('draws one group per bin, at the fallback width of 640 px', () => {
    const { container } = render(Histogram, { props });
    const bins = container.querySelectorAll('.histogram-bar');
    expect(bins).toHaveLength(placeHistogram(props.draws, 640, props.interval).bars.length);
    expect(bins.length).toBeGreaterThanOrEqual(30);
    expect(bins.length).toBeLessThanOrEqual(40);
    expect(container.querySelector('svg[role="img"]')?.getAttribute('width')).toBe('640');
  });

  it('labels the median and the 90% interval', () => {
    const { container } = render(Histogram, { props });
    expect(container.querySelector('.median-label')).toHaveTextContent('Median 194 million');
    expect(container.querySelector('.band-label')).toHaveTextContent('90% of draws: 181–207 million');
    expect(container.querySelector('.band')).not.toBeNull();
  });

  it('is an image with the title as its name and a generated description', () => {
    render(Histogram, { props });
    const image = screen.getByRole('img', { name: props.title });
    expect(image).toHaveAccessibleDescription(
      /^Histogram of 10,000 draws of people reached, from .* Median 194 million; 90% of draws fall between 181 million and 207 million/,
    );
  });

  it('draws one bar and no band for an exact count', () => {
    const politburo = estimate.scopes.find((s) => s.id === 'politburo')!;
    const { container } = render(Histogram, {
      props: { draws: politburo.draws.peopleReached, interval: politburo.peopleReached, title: 'Politburo' },
    });
    expect(container.querySelectorAll('.histogram-bar')).toHaveLength(1);
    expect(container.querySelector('.band')).toBeNull();
    expect(container.querySelector('.median-label')).toHaveTextContent('Every draw: 24');
  });
});
