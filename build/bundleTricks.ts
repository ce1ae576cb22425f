/**
 * Every build trick that saves bytes, in one place. Each one rests on an assumption about a
 * package or the bundler, says it here, and fails loudly when it breaks: a build error, a stand-in
 * that throws, or a test (named with each trick).
 *
 * - **A numbers-only d3-interpolate** (`numericInterpolate.ts`). Our scales map onto pixels only;
 *   d3-scale's default interpolator also handles colours, dates and strings, which pulls d3-color
 *   and the rest of d3-interpolate (about 5 KB gzipped) into every page. Given anything but a
 *   number it throws instead of interpolating wrongly; `test/build/numericInterpolate.test.ts`
 *   compares it with the real one.
 * - **simple-statistics' per-function sources.** The package's one bundled file builds its
 *   classifier classes in top-level statements the bundler must keep (about 1 KB gzipped) for a
 *   quantile; its per-function sources are free of side effects and say so here
 *   (`moduleSideEffects`). If the path moves, the build cannot resolve it and stops.
 * - **No d3-format for d3-scale's tick labels** (`scaleFormatStandIn`, `scaleFormatUnavailable.ts`).
 *   d3-scale imports d3-format (2 KB gzipped) for its scales' `tickFormat` method, which the bundler
 *   cannot drop from a scale object; this app never calls it (its numbers are written by
 *   `src/format/formatNumber.ts`, held to d3-format's output by a property test). Where d3-scale
 *   imports it, a stand-in whose every export throws is given instead;
 *   `test/build/standIns.test.ts` checks it exports every name d3-scale imports.
 * - **Two stand-ins in the embed** (`asyncHooksUnavailable.ts`, `devalueUnavailable.ts`). Svelte's
 *   server renderer, which draws the embed, imports `devalue` (3 KB gzipped) only to serialise
 *   values for hydration, and `node:async_hooks` only to render asynchronously; the embed does
 *   neither. Each stand-in throws if used; `test/build/standIns.test.ts` checks they export every
 *   name the renderer imports. (Without the second, the bundler replaces `node:async_hooks` with
 *   an empty module of its own and warns on every build: the stand-in says what went wrong instead.)
 * - **One chunk for the live page's start** (`firstLoadGroup`). Rolldown splits modules the live
 *   page loads into small shared chunks when lazy chunks use them too (rolldown/rolldown#9963,
 *   open), which compresses worse and costs requests (2 KB gzipped on this page). It throws if
 *   either script is not in the build; `test/e2e/bytes.spec.ts` fails if the start is ever split
 *   again. Its cost: a Svelte runtime file the start imports at all ships every function of it
 *   that any chunk uses. So no component uses `bind:value`, `bind:checked` or `bind:group`
 *   (their runtime, about 700 B gzipped, would come with the live page for the share bar's or a
 *   dialog's sake): each sets the property and listens for the change itself;
 *   `test/build/noBindings.test.ts` fails on one.
 *
 * (d3-random needed a fifth, a plugin marking its distributions pure; the model now has its own
 * eight-line generator instead, `src/model/rng.ts`, checked against d3-random's to the bit.)
 */
import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The module aliases of a build.
 *
 * @param mode 'embed' for the embed's build, else the app's
 */
export function bundleAliases(mode: string): Alias[] {
  return [
    { find: /^d3-interpolate$/, replacement: here('./numericInterpolate.ts') },
    { find: /^simple-statistics$/, replacement: here('../node_modules/simple-statistics/index.js') },
    ...(mode === 'embed'
      ? [
          { find: /^node:async_hooks$/, replacement: here('./asyncHooksUnavailable.ts') },
          { find: /^devalue$/, replacement: here('./devalueUnavailable.ts') },
        ]
      : []),
  ];
}

/**
 * Gives d3-scale, and only d3-scale, a stand-in for d3-format (see the list above): the app's own
 * imports of d3-format (its tests' reference) are left alone.
 */
export function scaleFormatStandIn(): Plugin {
  const standIn = here('./scaleFormatUnavailable.ts');
  return {
    name: 'sanction-scope:scale-format-stand-in',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === 'd3-format' && importer?.replaceAll('\\', '/').includes('/node_modules/d3-scale/') ? standIn : null,
  };
}

/** Modules known to have no side effects the bundler cannot see (simple-statistics' sources). */
export function moduleSideEffects(id: string): false | undefined {
  return id.includes('/node_modules/simple-statistics/') ? false : undefined;
}

/**
 * Every module the live page loads when it starts, in one chunk: a module is in the group when
 * the live page's module (`appScript`, which the page's script imports when the reader first acts)
 * reaches it by static imports alone, which is exactly what downloads then, and the page's script
 * itself (`entryScript`) does not (those stay in its own small chunk, loaded with the page); lazy
 * chunks then import from the group, as Rollup would arrange.
 *
 * @param entryScript the page's script module, as the bundler names it (an absolute path)
 * @param appScript the live page's module, which the page's script imports dynamically
 */
export function firstLoadGroup(entryScript: string, appScript: string) {
  let group: Set<string> | undefined;
  return {
    // Not the group's imports too (the default): they include what the page's script shares with
    // it (Vite's preload helper), which would then make the page's script load the whole group.
    includeDependenciesRecursively: false,
    name: (id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
      if (!group) {
        const reached = (start: string) => {
          const seen = new Set<string>();
          const visit = (moduleId: string) => {
            if (seen.has(moduleId)) return;
            const info = ctx.getModuleInfo(moduleId);
            if (!info) return;
            seen.add(moduleId);
            info.importedIds.forEach(visit);
          };
          visit(start);
          if (seen.size === 0) throw new Error(`firstLoadGroup: ${start} is not in the build`);
          return seen;
        };
        const withThePage = reached(entryScript);
        group = new Set([...reached(appScript)].filter((moduleId) => !withThePage.has(moduleId)));
      }
      return group.has(id) ? 'start' : null;
    },
  };
}
