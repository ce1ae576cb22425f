/**
 * Stands in for `node:async_hooks` in the embed's browser build. Svelte's server renderer imports
 * it only to render asynchronously; the embed renders synchronously (see main.ts), so this is
 * never constructed. If it were, Svelte would report that asynchronous rendering is unavailable.
 */
export class AsyncLocalStorage {
  constructor() {
    throw new Error('asynchronous rendering is not available in the embed');
  }
}
