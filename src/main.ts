import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadPresetEstimates } from './page/loadPresetEstimates';
import { loadPresetsById } from './page/loadPresetsById';
import { presetIndex } from './app/presetIndex';
import type { OffMainThread } from './page/estimateOffMainThread';
import { showStartFailure } from './page/showStartFailure';
import { yieldToBrowser } from './page/yieldToBrowser';
import { decodeLink, linkPresetId } from './link/decodeLink';
import type { Scenario } from './scenario/scenario';
import { ScenarioState, type Estimator } from './state/ScenarioState.svelte';
import defaultPreset from '../scenarios/scope-ladder.json';
import defaultEstimate from 'virtual:preset-estimate/scope-ladder';
// The bundled preset's numbers are imported above: a loader for them would be a second copy.
import estimateLoaders from 'virtual:preset-estimates?except=scope-ladder';
import type { PresetEstimate } from './report/presetEstimate';
import './page/global.css';

// The default preset ships with the page: most readers see it first, and waiting for it would
// delay the first chart by a round trip. The others download when a link or the reader asks.
const BUNDLED = [defaultPreset as Scenario];
// Each preset's numbers, made when the app was built, download with it: a preset is drawn
// without running the model, and the model's worker starts only when a reader changes something.
const SHIPPED = new Map<string, PresetEstimate>(defaultEstimate ? [[defaultEstimate.presetId, defaultEstimate]] : []);
const fetchPresets = async (ids: readonly (string | null)[]) => {
  const [presets] = await Promise.all([
    loadPresetsById(
      ids,
      import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json', '!/scenarios/scope-ladder.json'], {
        import: 'default',
      }),
      BUNDLED,
    ),
    loadPresetEstimates(ids, estimateLoaders, SHIPPED),
  ]);
  return presets;
};

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
  // Estimates are made in a worker (on the page, in slices, only where there is none), so typing
  // never waits for the model. The worker and its client download on the first estimate a
  // preset's shipped numbers do not answer: a link to an edited scenario at start, else the
  // reader's first change.
  let offMainThread: Promise<OffMainThread> | undefined;
  const worker = () =>
    (offMainThread ??= import('./page/estimateOffMainThread').then((module) => module.estimateOffMainThread()));
  const estimator: Estimator = {
    later: async (inputs, lane) => (await worker()).later(inputs, lane),
    analyse: async (inputs, scopeId, peopleReached) => (await worker()).analyse(inputs, scopeId, peopleReached),
    shipped: (id) => SHIPPED.get(id),
  };
  const scenarioState = new ScenarioState(estimator, presets, opened, fetchPresets);
  await scenarioState.prepareEstimate();
  mount(App, { target, props: { scenarioState, index: presetIndex() } });
}

const target = document.getElementById('app');
// A file that fails to download (a flaky network, a redeploy while the page was open) gets a
// message and a retry, never a blank page.
if (target) start(target).catch((error: unknown) => showStartFailure(target, error, 'Sanction Scope'));
