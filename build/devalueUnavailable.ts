/**
 * Stands in for `devalue` in the embed's browser build (see vite.config.ts). Svelte's server
 * renderer, which draws the embed, imports it only to serialise `hydratable` values for a page
 * that will hydrate; the embed is a still picture that never hydrates, so this is never called.
 * If it were, the embed would stop with this error rather than ship 3 KB it does not use.
 */
export function uneval(): never {
  throw new Error('devalue is not available in the embed: it renders still HTML and never hydrates');
}
