/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Every preset's id and title, read from `scenarios/` when the app is built (vite.config.ts). */
declare module 'virtual:preset-index' {
  const entries: readonly { id: string; title: string }[];
  export default entries;
}

/** One preset's numbers, made when the app is built (vite.config.ts, `makePresetEstimate`); none on the dev server. */
declare module 'virtual:preset-estimate/*' {
  const estimate: import('./report/presetEstimate').PresetEstimate | undefined;
  export default estimate;
}

/** Every preset's shipped numbers by preset id, each downloaded when asked for ("?except=id,…" leaves some out). */
declare module 'virtual:preset-estimates*' {
  const loaders: import('./page/loadPresetEstimates').PresetEstimateLoaders;
  export default loaders;
}
