import { PRERENDERED_CLASS } from './page/prerendered';
import { registerServiceWorker } from './page/registerServiceWorker';
import { showStartFailure } from './page/showStartFailure';
import { wakeOnInteraction } from './page/wakeOnInteraction';
import { printDrawnPage } from './page/drawnPrintSheet';
import './page/global.css';

// The page's script, kept to what a reader who only looks needs: the live page (`startApp`, with
// the editor, the catalogue and the charts' code) downloads when the reader first uses a control of
// the page drawn at build time, or at once when there is none to show (a link to any other
// scenario: the drawn page's gate, `build/prerender.ts`, hides it and preloads the live page).
const target = document.getElementById('app');
if (target) {
  const app = () => import('./startApp');
  const drawn = target.querySelector(`:scope > .${PRERENDERED_CLASS}`);
  const shown = drawn && document.documentElement.classList.contains('plain-address');
  if (shown) printDrawnPage(drawn);
  // A file that fails to download (a flaky network, a redeploy while the page was open) gets a
  // message and a retry, never a blank page: above the drawn page, which is still worth reading.
  if (shown)
    void wakeOnInteraction(
      target,
      drawn,
      () => void app().catch(() => {}),
      async (beforeRemoving) => (await app()).startApp(target, beforeRemoving),
      (error) => showStartFailure(target, error, 'app', true),
    ).then(() => target.querySelector(':scope > .start-failure')?.remove());
  else
    app()
      .then((module) => module.startApp(target))
      .catch((error: unknown) => showStartFailure(target, error, 'app'));
  registerServiceWorker();
}
