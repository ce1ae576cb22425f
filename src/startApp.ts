import { mount } from 'svelte';
import App from './app/App.svelte';
import { SHIPPED_ESTIMATES } from './page/bundledPresets';
import { openScenarioState } from './page/openScenarioState';
import { presetIndex } from './app/presetIndex';
import type { OffMainThread } from './page/estimateOffMainThread';
import { PRERENDERED_CLASS } from './page/prerendered';
import { pageAddress } from './state/pageAddress';
import type { Estimator } from './state/ScenarioState.svelte';
import { localeOf } from './i18n/locale';
import { loadTranslations } from './i18n/loadTranslations';

/**
 * Starts the live page in `target`: opens the scenario the address names, mounts the app, and
 * removes the page drawn at build time, if any, in the same task. Loaded by the page's script
 * (`src/main.ts`) at once for a link the drawn page does not stand for, else on the reader's first
 * interaction with it.
 *
 * @param beforeRemoving when the live page takes the place of the drawn page as the reader sees it:
 *   called once the live page is mounted, while the drawn page is still there
 * @returns once the live page is mounted
 */
export async function startApp(target: HTMLElement, beforeRemoving?: () => void): Promise<void> {
  // Estimates are made in a worker (on the page, in slices, only where there is none), so typing
  // never waits for the model. The worker and its client download on the first estimate a
  // preset's shipped numbers do not answer: a link to an edited scenario at start, else the
  // reader's first change.
  let offMainThread: Promise<OffMainThread> | undefined;
  const worker = () =>
    (offMainThread ??= import('./page/estimateOffMainThread').then((module) => module.estimateOffMainThread()));
  const estimator: Estimator = {
    later: async (inputs, lane, preferred) => (await worker()).later(inputs, lane, preferred),
    analyse: async (inputs, scopeId, peopleReached) => (await worker()).analyse(inputs, scopeId, peopleReached),
    shipped: (id) => SHIPPED_ESTIMATES.get(id),
  };
  const drawn = target.querySelector(`:scope > .${PRERENDERED_CLASS}`);
  const handingOver = beforeRemoving !== undefined;
  // The code of what the drawn page draws beside its chart (its claims, and the share bar's link)
  // downloads while the scenario opens, not after: the reader's click is waiting.
  if (handingOver)
    for (const code of [import('./claims/shippedClaims'), import('./link/encodeLink')]) code.catch(() => {});
  // A link to an edited scenario is drawn with its changes named: their code downloads meanwhile.
  else import('./report/describeProvenance').catch(() => {});
  // A Chinese edition's words come first: reading the link writes its notices, and the state keeps
  // what it says, so both must speak the page's language from the start (English waits for nothing).
  const locale = localeOf(location.search);
  const opening = loadTranslations(locale).then(() =>
    openScenarioState(pageAddress(), estimator, (opened) => {
      // A link that could not be read whole gets a notice, whose code downloads during the estimate.
      if (opened.problems.length > 0 || opened.olderCatalogue) void import('./app/LinkNotice.svelte');
    }),
  );
  // Taking the place of the page drawn at build time as the reader sees it, the live page is drawn
  // as that was: with its claims and share bar, downloaded meanwhile, so nothing on it moves when
  // it is swapped in. (For another link, the drawn page is hidden, and the chart comes first.)
  const [scenarioState, shareBar] = await Promise.all([
    handingOver
      ? opening.then(async (opened) => {
          await Promise.all([opened.loadClaims(), opened.loadLinkEncoder(), opened.loadSummaries()]);
          return opened;
        })
      : opening,
    handingOver ? import('./app/ShareBar.svelte').then((module) => module.default) : undefined,
  ]);
  document.documentElement.lang = locale;
  if (scenarioState.provenance.pending) await scenarioState.loadProvenance().catch(() => {});
  // The page drawn at build time (`build/prerender.ts`) is replaced in this one task: the live
  // chart is drawn as the mount's effects measure its box, before the next frame.
  mount(App, { target, anchor: drawn ?? undefined, props: { scenarioState, index: presetIndex(), shareBar } });
  beforeRemoving?.();
  drawn?.remove();
}
