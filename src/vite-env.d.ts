/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Every preset's id and title, read from `scenarios/` when the app is built (vite.config.ts). */
declare module 'virtual:preset-index' {
  const entries: readonly { id: string; title: string }[];
  export default entries;
}
