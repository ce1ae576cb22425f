// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/app/App.svelte';
import { loadPresets } from '../../src/app/loadPresets';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const presetFiles = () => Object.fromEntries(PRESET_FILES.map((file) => [`/scenarios/${file}`, loadPreset(file)]));

describe('App', () => {
  it('opens on the scope ladder with one table row per scope', () => {
    render(App, { props: { presets: loadPresets(presetFiles()) } });
    expect(screen.getByLabelText('Scenario')).toHaveDisplayValue(/scope ladder/i);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Named officials');
    expect(rows[5]).toHaveTextContent('100,271,000');
  });

  it('shows the chosen preset', async () => {
    render(App, { props: { presets: loadPresets(presetFiles()) } });
    await fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'magnitsky-2020' } });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(/Four Xinjiang officials and the XPSB\s*4\s*1/);
  });

  it('says which preset file is broken instead of dropping it silently', () => {
    const files = { ...presetFiles(), '/scenarios/broken.json': { format: 'sanction-scope/scenario', version: 9 } };
    render(App, { props: { presets: loadPresets(files) } });
    expect(screen.getByRole('alert')).toHaveTextContent(/broken\.json: version: version must be 1/);
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});
