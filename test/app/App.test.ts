// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/app/App.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import type { PresetEntry } from '../../src/app/presetIndex';
import type { Scenario } from '../../src/scenario/scenario';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presetFiles = () => Object.fromEntries(PRESET_FILES.map((file) => [`/scenarios/${file}`, loadPreset(file)]));
const resultRows = () =>
  within(screen.getByRole('table', { name: 'People reached, by scope' }))
    .getAllByRole('row')
    .slice(1);

/**
 * Renders the page on `presets` and waits for what lies below the first screen, which the page
 * renders in the task after the first.
 */
async function renderApp(
  presets: readonly Scenario[] = loadPresets(presetFiles()),
  options: { index?: readonly PresetEntry[]; fetchPresets?: (ids: readonly string[]) => Promise<Scenario[]> } = {},
) {
  const scenarioState = new ScenarioState(presets, undefined, options.fetchPresets);
  const rendered = render(App, { props: { scenarioState, ...(options.index ? { index: options.index } : {}) } });
  await screen.findByRole('table', { name: 'People reached, by scope' });
  return rendered;
}

describe('App', () => {
  it('draws the chart in the first task and the rest of the page in the next', async () => {
    const { container } = render(App, { props: { scenarioState: new ScenarioState(loadPresets(presetFiles())) } });
    expect(container.querySelectorAll('.chart-row')).toHaveLength(7);
    expect(screen.queryByRole('table', { name: 'People reached, by scope' })).toBeNull();
    expect(await screen.findByRole('table', { name: 'People reached, by scope' })).toBeInTheDocument();
  });

  it('opens on the scope ladder with one table row and one chart row per scope', async () => {
    const { container } = await renderApp();
    expect(screen.getByLabelText('Scenario')).toHaveDisplayValue(/scope ladder/i);
    const rows = resultRows();
    expect(rows).toHaveLength(7);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Named officials');
    expect(rows[5]).toHaveTextContent('100,271,000');
    expect(container.querySelectorAll('.chart-row')).toHaveLength(7);
  });

  it('shows the chosen preset, and starts from scratch with one scope', async () => {
    await renderApp();
    await fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'magnitsky-2020' } });
    expect(resultRows()).toHaveLength(2);
    expect(resultRows()[0]).toHaveTextContent(/Asset block: four officials\s*4\s*1/);
    await fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'start-from-scratch' } });
    expect(resultRows()).toHaveLength(1);
    expect(resultRows()[0]).toHaveTextContent(/Central Committee\s*376/);
  });

  it('refuses a non-numeric range entry next to the field and keeps the numbers', async () => {
    await renderApp();
    const before = resultRows().at(-1)!.textContent;
    await fireEvent.click(screen.getByText(/^Assumptions shared by every scope/));
    const group = await screen.findByRole('group', {
      name: /Children ever born \(expected\) per member, cohort born about 1990/,
    });
    await fireEvent.input(within(group).getByLabelText('High'), { target: { value: 'lots' } });
    expect(within(group).getByText('High: enter a number, not "lots".')).toBeInTheDocument();
    expect(resultRows().at(-1)!.textContent).toBe(before);
  });

  it('downloads a preset when it is picked, and says so when it cannot, keeping the picker truthful', async () => {
    const all = loadPresets(presetFiles());
    const ladder = all.filter((p) => p.id === 'scope-ladder');
    const index = all.map(({ id, title }) => ({ id, title }));
    let fail = true;
    const fetchPresets = async (ids: readonly string[]) => {
      if (fail) throw new TypeError('Failed to fetch');
      return all.filter((p) => ids.includes(p.id));
    };
    await renderApp(ladder, { index, fetchPresets });
    const picker = screen.getByLabelText('Scenario') as HTMLSelectElement;
    await fireEvent.change(picker, { target: { value: 'magnitsky-2020' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('That scenario could not be downloaded');
    expect(picker.value).toBe('scope-ladder');
    expect(resultRows()).toHaveLength(7);
    fail = false;
    await fireEvent.change(picker, { target: { value: 'magnitsky-2020' } });
    await vi.waitFor(() => expect(resultRows()).toHaveLength(2));
    expect(screen.queryByText(/could not be downloaded/)).toBeNull();
  });

  it('says each scope in one sentence', async () => {
    const { container } = await renderApp();
    const summaries = container.querySelectorAll('.summaries li');
    expect(summaries).toHaveLength(7);
    expect(summaries[0]).toHaveTextContent('4 people: 4 named officials (and 1 entity), no relatives covered');
  });

  it('compares the page with a second link', async () => {
    await renderApp();
    await fireEvent.input(screen.getByLabelText('Second share link'), {
      target: { value: '?v=1&p=scope-ladder&s=0&s=1&s=2&s=3&s=4&s=5&s=6_f~sp&cv=20261126' },
    });
    await fireEvent.submit(screen.getByLabelText('Second share link').closest('form')!);
    // The comparison table is downloaded on the first comparison.
    const table = await screen.findByRole('table', { name: 'This page against the second link' });
    expect(table).toHaveTextContent('Relatives covered');
    expect(table).toHaveTextContent('Spouse, Children under 18, Children aged 18-20');
  });
});
