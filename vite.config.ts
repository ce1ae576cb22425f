/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { bundleAliases, firstLoadGroup, moduleSideEffects, scaleFormatStandIn } from './build/bundleTricks';

const PRESET_INDEX_ID = 'virtual:preset-index';
const ESTIMATES_ID = 'virtual:preset-estimates';
const ESTIMATE_PREFIX = 'virtual:preset-estimate/';

/**
 * The preset files, read and checked. The build (and the dev server) stops on a preset the page
 * could not use as it is: the page ships presets without the parser that would otherwise check
 * them. The plugin also serves `virtual:preset-index`, every preset's id and title, so the picker
 * can list presets that are downloaded only when chosen, and each preset's numbers made by the
 * model now (`virtual:preset-estimate/<id>`, `makePresetEstimate`; `virtual:preset-estimates` maps
 * ids to their loaders), so the page draws a preset without running the model. The dev server
 * ships none (the page estimates presets in its worker): numbers made when it started would go
 * stale the moment the model's code is edited.
 */
function presets(): Plugin {
  const dir = fileURLToPath(new URL('./scenarios/', import.meta.url));
  const read = async () => {
    // Through Vite's module runner: importing app code into the config itself is something Vite's
    // future native config loader will not support.
    const { module } = await runnerImport<typeof import('./src/scenario/presetProblems')>(
      fileURLToPath(new URL('./src/scenario/presetProblems.ts', import.meta.url)),
      { configFile: false, logLevel: 'silent' },
    );
    const { presetProblems } = module;
    const files: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const name of readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'claims.json')) {
      try {
        files[name] = JSON.parse(readFileSync(dir + name, 'utf8'));
      } catch (error) {
        problems.push(`${name}: not valid JSON (${(error as Error).message})`);
      }
    }
    return { files, problems: [...problems, ...presetProblems(files)] };
  };
  // The model, loaded once per build through the module runner, as `presetProblems` is.
  let estimator: Promise<typeof import('./src/report/makePresetEstimate')> | undefined;
  const estimate = async (presetId: string) => {
    estimator ??= runnerImport<typeof import('./src/report/makePresetEstimate')>(
      fileURLToPath(new URL('./src/report/makePresetEstimate.ts', import.meta.url)),
      { configFile: false, logLevel: 'silent' },
    ).then(({ module }) => module);
    const preset = Object.values((await read()).files).find((data) => (data as { id: string }).id === presetId);
    if (!preset) throw new Error(`no preset with id "${presetId}"`);
    return (await estimator).presetEstimateModule(
      preset as Parameters<typeof import('./src/report/makePresetEstimate').makePresetEstimate>[0],
    );
  };
  let serving = false;
  return {
    name: 'sanction-scope:presets',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      const { problems } = await read();
      if (problems.length > 0) this.error(`These preset files cannot be used:\n${problems.join('\n')}`);
    },
    resolveId: (id) =>
      id === PRESET_INDEX_ID || id.startsWith(ESTIMATES_ID) || id.startsWith(ESTIMATE_PREFIX) ? `\0${id}` : undefined,
    async load(id) {
      if (id.startsWith(`\0${ESTIMATE_PREFIX}`))
        return serving ? 'export default undefined;' : estimate(id.slice(ESTIMATE_PREFIX.length + 1));
      if (id.startsWith(`\0${ESTIMATES_ID}`)) {
        // "?except=a,b": presets whose numbers the page bundles itself, which need no loader.
        const except = new URLSearchParams(id.split('?')[1] ?? '').get('except')?.split(',') ?? [];
        const ids = Object.values((await read()).files)
          .map((data) => (data as { id: string }).id)
          .filter((presetId) => !serving && !except.includes(presetId));
        const loaders = ids.map(
          (presetId) => `${JSON.stringify(presetId)}: () => import(${JSON.stringify(ESTIMATE_PREFIX + presetId)})`,
        );
        return `export default {${loaders.join(',')}};`;
      }
      if (id !== `\0${PRESET_INDEX_ID}`) return undefined;
      const entries = Object.values((await read()).files).map((data) => {
        const { id: presetId, title } = data as { id: string; title: string };
        return { id: presetId, title };
      });
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}

const sourceFile = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// `npm run build` runs both builds; `--mode embed` selects the embed's.
const PAGES: Record<string, Record<string, string>> = {
  app: { main: 'index.html' },
  embed: { embed: 'embed.html' },
};

export default defineConfig(({ mode, isSsrBuild }) => ({
  // Relative asset URLs so the build works from any static host and any sub-path.
  base: './',
  // discloseVersion: no `window.__svelte` version stamp in the bundle.
  plugins: [
    presets(),
    scaleFormatStandIn(),
    svelte({
      compilerOptions: { discloseVersion: false },
      // The embed is a still picture: its components are compiled to render HTML (Svelte's server
      // output), so its page carries no reactive runtime (see src/embed/main.ts).
      ...(mode === 'embed' ? { dynamicCompileOptions: () => ({ generate: 'server' as const }) } : {}),
    }),
    svelteTesting(),
  ],
  resolve: {
    // The byte-saving aliases: every build trick is in build/bundleTricks.ts, with its reason and its check.
    alias: bundleAliases(mode),
  },
  build: {
    // The app and the embed are built separately (`npm run build` runs both): in one build they
    // would share a chunk tree-shaken for the app, and the embed would download the editor's share
    // of Svelte and d3. The embed build adds its page to the app's output instead of replacing it.
    rollupOptions: {
      // (The build-time render of the pages, `build/prerender.ts`, is a server build of its own entries.)
      input: isSsrBuild ? undefined : mode === 'embed' ? PAGES.embed : PAGES.app,
      output:
        mode === 'embed' || isSsrBuild
          ? undefined
          : { codeSplitting: { groups: [firstLoadGroup(sourceFile('main.ts'), sourceFile('startApp.ts'))] } },
      treeshake: { moduleSideEffects },
    },
    emptyOutDir: mode !== 'embed',
    // The polyfill (half a kilobyte on every page) only lets browsers without modulepreload
    // (Firefox before 115, Safari before 17) fetch lazy chunks' imports early; they still load.
    modulePreload: { polyfill: false },
    // The bench reads each page's entry and the chunks it imports from here.
    manifest: mode === 'embed' ? '.vite/embed-manifest.json' : '.vite/manifest.json',
  },
  test: {
    // Component tests opt in to jsdom with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    setupFiles: ['./vitest-setup.ts'],
    // Test files share a worker's modules instead of each loading them afresh: the suite runs in
    // under half the time. No test mocks a module (a stand-in is passed in, as ScenarioState's
    // estimator is), and globals a test stubs are restored after it.
    pool: 'threads',
    isolate: false,
    unstubGlobals: true,
    // Run d3-scale through Vite's resolver, so tests use the same numeric interpolator as the build.
    server: { deps: { inline: ['d3-scale'] } },
  },
}));
