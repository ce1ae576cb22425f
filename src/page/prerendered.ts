/**
 * The class of the element that holds, inside the page's `#app`, the page as drawn at build time
 * (`build/prerender.ts` writes it, `src/main.ts` replaces it with the live page).
 */
export const PRERENDERED_CLASS = 'prerendered';
