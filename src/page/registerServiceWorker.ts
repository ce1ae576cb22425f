/**
 * Registers the app's service worker (`build/serviceWorker.ts` writes it), once the page has
 * loaded, so its downloads never compete with the first chart's. Only in a build (the dev server
 * has none), and quietly: a browser without service workers, or one that refuses them, still
 * has the page, only not without a network.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => {});
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
