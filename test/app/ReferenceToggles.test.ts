// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ReferenceToggles from '../../src/app/ReferenceToggles.svelte';
import { referenceLines } from '../../src/data/referenceLines';

const lines = referenceLines(2024);
const defaults = lines.filter((line) => line.shownByDefault).map((line) => line.id);

describe('ReferenceToggles', () => {
  it('offers one checkbox per line in a named group, labelled with the value', () => {
    render(ReferenceToggles, { props: { lines, shown: defaults, onchange: () => {} } });
    const group = screen.getByRole('group', { name: 'Reference lines' });
    expect(group.tagName.toLowerCase()).toBe('fieldset');
    expect(screen.getAllByRole('checkbox')).toHaveLength(lines.length);
    expect(screen.getByRole('checkbox', { name: 'Hong Kong (7.53 million)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Germany (83.5 million)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Taiwan (23.4 million)' })).not.toBeChecked();
    // A label that already ends in brackets takes a comma.
    expect(screen.getByRole('checkbox', { name: 'China (2024), 1.41 billion' })).toBeChecked();
  });

  it('reports the shown ids, in the order of the lines, when one is turned on or off', async () => {
    const onchange = vi.fn();
    render(ReferenceToggles, { props: { lines, shown: ['germany-population-2024'], onchange } });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Taiwan (23.4 million)' }));
    expect(onchange).toHaveBeenLastCalledWith(['germany-population-2024', 'taiwan-population-2024']);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Germany (83.5 million)' }));
    expect(onchange).toHaveBeenLastCalledWith([]);
  });
});
