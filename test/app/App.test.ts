// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/app/App.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import type { PresetEntry } from '../../src/app/presetIndex';
import type { Scenario } from '../../src/scenario/scenario';
import { ScenarioState } from '../../src/state/ScenarioState.svelte';
import { loadPreset, PRESET_FILES } from '../helpers/presets';
import { ON_THE_SPOT } from '../helpers/onTheSpot';

const presetFiles = () => Object.fromEntries(PRESET_FILES.map((file) => [`/scenarios/${file}`, loadPreset(file)]));
const resultRows = () =>
  within(screen.getByRole('table', { name: 'People reached, by scope' }))
    .getAllByRole('row')
    .slice(1);
const finding = () => screen.getByRole('heading', { level: 2, name: /would reach/ });
/** Text as read, without the isolation marks around names. */
const plain = (element: Element) => element.textContent!.replace(/[\u2068\u2069]/g, '');

/** Opens one of the card's tabs and waits for its panel's (downloaded) contents. */
async function openTab(name: string, ready: () => Promise<unknown>) {
  await fireEvent.click(screen.getByRole('tab', { name }));
  return ready();
}
const openTable = () => openTab('Table', () => screen.findByRole('table', { name: 'People reached, by scope' }));

/** Renders the page on `presets` with the card's Table tab open. */
async function renderApp(
  presets: readonly Scenario[] = loadPresets(presetFiles()),
  options: { index?: readonly PresetEntry[]; fetchPresets?: (ids: readonly string[]) => Promise<Scenario[]> } = {},
) {
  const scenarioState = new ScenarioState(ON_THE_SPOT, presets, undefined, options.fetchPresets);
  const rendered = render(App, { props: { scenarioState, ...(options.index ? { index: options.index } : {}) } });
  await openTable();
  return { ...rendered, scenarioState };
}

describe('App', () => {
  it('opens on the card: the finding in words with a paired-draw ratio, the chart, and six tabs', async () => {
    const { container } = render(App, {
      props: { scenarioState: new ScenarioState(ON_THE_SPOT, loadPresets(presetFiles())) },
    });
    expect(container.querySelectorAll('.chart-row')).toHaveLength(7);
    // The student's question, answered in the title: how much wider than the Magnitsky designations.
    expect(plain(finding())).toMatch(
      /^Central Committee and adult family would reach about 3,690 people \(3,420–3,960\), 922 times \(856–990\) as many as “Named officials \(Global Magnitsky, July 2020\)”\.$/,
    );
    // The verdict names its reading.
    expect(screen.getByText(/“adult family member” read as spouse, adult children/)).toHaveTextContent(
      'its 3 readings give 1,090–7,540',
    );
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Chart',
      'Table',
      'Claims',
      'What drives it',
      'Assumptions',
      'Sources',
    ]);
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    // Only the open tab's panel is rendered.
    expect(screen.queryByRole('table', { name: 'People reached, by scope' })).toBeNull();
    expect(await openTable()).toBeInTheDocument();
    // The chart's panel stays mounted, hidden, so what a reader did there is kept.
    expect(container.querySelector('[role="tabpanel"][data-tab="chart"]')).toHaveAttribute('hidden');
    expect(container.querySelector('[role="tabpanel"][data-tab="table"]')).not.toHaveAttribute('hidden');
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    render(App, { props: { scenarioState: new ScenarioState(ON_THE_SPOT, loadPresets(presetFiles())) } });
    const chart = screen.getByRole('tab', { name: 'Chart' });
    chart.focus();
    await fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Table' }));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveAccessibleName('Sources');
  });

  it("opens a scope's editor from the chart, and shows an edit beside the chart with the preset's ghost", async () => {
    const { container } = render(App, {
      props: { scenarioState: new ScenarioState(ON_THE_SPOT, loadPresets(presetFiles()), 'stop-ccp-act') },
    });
    const before = finding().textContent;
    await fireEvent.click(screen.getByRole('button', { name: 'All 376 Central Committee members, and adult family' }));
    expect(screen.getByRole('tab', { name: 'Assumptions' })).toHaveAttribute('aria-selected', 'true');
    const details = await vi.waitFor(() => {
      const opened = container.querySelector<HTMLDetailsElement>('details:has(> #cc-all-summary)');
      expect(opened?.open).toBe(true);
      return opened!;
    });
    const spouse = await within(details).findByRole('checkbox', { name: /^Spouse$/ });
    await fireEvent.click(spouse);
    expect(finding().textContent).not.toBe(before);
    expect(screen.getByText(/Modified from the preset/)).toBeInTheDocument();
    // Beside the editors: the chart, with the preset's value as a ghost and the signed change.
    const live = screen.getByRole('complementary', { name: 'The result as you edit' });
    const row = live.querySelector('.chart-row[data-row-id="cc-all"]')!;
    expect(row.querySelector('circle.ghost')).not.toBeNull();
    expect(row.querySelector('.value-label')).toHaveTextContent(/[+−][\d,.]+.* on the preset/);
    // The untouched scope has no ghost.
    expect(live.querySelector('.chart-row[data-row-id="cc-with-finding"] circle.ghost')).toBeNull();
  });

  it('opens on the scope ladder with one table row and one chart row per scope', async () => {
    const { container } = await renderApp();
    expect(screen.getByLabelText('Scenario')).toHaveDisplayValue(/scope ladder/i);
    const rows = resultRows();
    expect(rows).toHaveLength(7);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Named officials');
    expect(rows[5]).toHaveTextContent('100,271,000');
    expect(container.querySelectorAll('.chart-section .chart-row')).toHaveLength(7);
  });

  it('shows the chosen preset, and starts from scratch with one scope', async () => {
    await renderApp();
    await fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'magnitsky-2020' } });
    expect(resultRows()).toHaveLength(2);
    expect(resultRows()[0]).toHaveTextContent(/^Asset block: four officials\s*4\s*<0\.01%\s*0$/);
    await fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'start-from-scratch' } });
    expect(resultRows()).toHaveLength(1);
    expect(resultRows()[0]).toHaveTextContent(/^Central Committee\s*376\b/);
  });

  it("opens a scope's editor when its row on the chart is clicked", async () => {
    const { container } = render(App, {
      props: { scenarioState: new ScenarioState(ON_THE_SPOT, loadPresets(presetFiles())) },
    });
    await fireEvent.click(container.querySelector('.chart-section .chart-row[data-row-id="politburo"]')!);
    expect(screen.getByRole('tab', { name: 'Assumptions' })).toHaveAttribute('aria-selected', 'true');
    await vi.waitFor(() =>
      expect(container.querySelector<HTMLDetailsElement>('details:has(> #politburo-summary)')?.open).toBe(true),
    );
  });

  it('refuses a non-numeric range entry next to the field and keeps the numbers', async () => {
    await renderApp();
    const before = finding().textContent;
    await fireEvent.click(screen.getByRole('tab', { name: 'Assumptions' }));
    const group = await screen.findByRole('group', {
      name: /Children ever born \(expected\) per member, cohort born about 1990/,
    });
    await fireEvent.input(within(group).getByLabelText('High'), { target: { value: 'lots' } });
    expect(within(group).getByText('High: enter a number, not "lots".')).toBeInTheDocument();
    expect(finding().textContent).toBe(before);
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
    // Their code downloads after the first screen.
    await vi.waitFor(() => expect(container.querySelectorAll('.summaries li')).toHaveLength(7));
    const summaries = container.querySelectorAll('.summaries li');
    expect(summaries[0]).toHaveTextContent('4 people: 4 named officials (and 1 entity), no relatives covered');
  });

  it('compares the page with a second link', async () => {
    await renderApp();
    await openTab('Claims', () => screen.findByLabelText('Second share link'));
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
