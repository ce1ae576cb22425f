import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadPresetsById } from './page/loadPresetsById';
import { presetIndex } from './app/presetIndex';
import { showStartFailure } from './page/showStartFailure';
import { yieldToBrowser } from './page/yieldToBrowser';
import { decodeLink, linkPresetId } from './link/decodeLink';
import type { Scenario } from './scenario/scenario';
import { ScenarioState } from './state/ScenarioState.svelte';
import defaultPreset from '../scenarios/scope-ladder.json';
import './page/global.css';

// The default preset ships with the page: most readers see it first, and waiting for it would
// delay the first chart by a round trip. The others download when a link or the reader asks.
const BUNDLED = [defaultPreset as Scenario];
const fetchPresets = (ids: readonly (string | null)[]) =>
  loadPresetsById(
    ids,
    import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json', '!/scenarios/scope-ladder.json'], {
      import: 'default',
    }),
    BUNDLED,
  );

// In a function, not top-level await: top-level await turns off the bundler's chunk merging, and
// the page would load many small chunks instead of one.
async function start(target: HTMLElement) {
  const address = location.search + location.hash;
  const presets = await fetchPresets([linkPresetId(address)]);
  await yieldToBrowser();
  // The link is read once here; after that the page's state writes the address, not the reverse.
  const opened = await decodeLink(address, presets);
  // A link that could not be read whole gets a notice, whose code downloads during the estimate.
  if (opened.problems.length > 0 || opened.olderCatalogue) void import('./app/LinkNotice.svelte');
  const scenarioState = new ScenarioState(presets, opened, fetchPresets);
  // The first estimate is made in slices, with the browser free to paint and take input between.
  await scenarioState.prepareEstimate(yieldToBrowser);
  mount(App, { target, props: { scenarioState, index: presetIndex() } });
}

const target = document.getElementById('app');
// A file that fails to download (a flaky network, a redeploy while the page was open) gets a
// message and a retry, never a blank page.
if (target) start(target).catch((error: unknown) => showStartFailure(target, error, 'Sanction Scope'));
