import { mount } from 'svelte';
import App from './app/App.svelte';
import { SHIPPED_ESTIMATES } from './page/bundledPresets';
import { openScenarioState } from './page/openScenarioState';
import { presetIndex } from './app/presetIndex';
import type { OffMainThread } from './page/estimateOffMainThread';
import { PRERENDERED_CLASS } from './page/prerendered';
import { registerServiceWorker } from './page/registerServiceWorker';
import { showStartFailure } from './page/showStartFailure';
import { pageAddress } from './state/pageAddress';
import type { Estimator } from './state/ScenarioState.svelte';
import './page/global.css';

// In a function, not top-level await: top-level await turns off the bundler's chunk merging, and
// the page would load many small chunks instead of one.
async function start(target: HTMLElement) {
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
    shipped: (id) => SHIPPED_ESTIMATES.get(id),
  };
  const scenarioState = await openScenarioState(pageAddress(), estimator, (opened) => {
    // A link that could not be read whole gets a notice, whose code downloads during the estimate.
    if (opened.problems.length > 0 || opened.olderCatalogue) void import('./app/LinkNotice.svelte');
  });
  // The page drawn at build time (`build/prerender.ts`) is replaced in this one task: the live
  // chart is drawn as the mount's effects measure its box, before the next frame.
  const drawn = target.querySelector(`:scope > .${PRERENDERED_CLASS}`);
  mount(App, { target, anchor: drawn ?? undefined, props: { scenarioState, index: presetIndex() } });
  drawn?.remove();
  registerServiceWorker();
}

const target = document.getElementById('app');
// A file that fails to download (a flaky network, a redeploy while the page was open) gets a
// message and a retry, never a blank page.
if (target) start(target).catch((error: unknown) => showStartFailure(target, error, 'Sanction Scope'));
