import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page's download, gzipped, in bytes. */
export interface PageBytes {
  /**
   * JS the page loads before the reader does anything: its entry, every chunk it imports, the
   * workers those start, and the chunks it always downloads at start (the embed's preset).
   */
  jsInitial: number;
  /** JS loaded only when the reader opens a panel or exports: every dynamic import's chunks. */
  jsOnDemand: number;
  cssInitial: number;
  cssOnDemand: number;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  /** Files the chunk refers to by URL: a `.js` one is a worker it starts. */
  assets?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** A file's gzipped size: zlib's default level, as most static hosts and CDNs serve. */
function gzippedBytes(distDir: string, file: string): number {
  return gzipSync(readFileSync(join(distDir, file))).length;
}

/** Every manifest key reached from `starts` along static imports, and dynamic ones if asked. */
function closure(manifest: Manifest, starts: readonly string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    manifest[key].imports?.forEach(visit);
    if (dynamic) manifest[key].dynamicImports?.forEach(visit);
  };
  starts.forEach(visit);
  return seen;
}

/**
 * The gzipped JS and CSS of one page of a Vite build, read from the build's manifest: what loads
 * with the page, and what loads later on demand. Deterministic for a given build.
 *
 * @param distDir the build's output folder
 * @param manifestFile the manifest, relative to `distDir` (e.g. '.vite/manifest.json')
 * @param entry the page's manifest key (e.g. 'index.html')
 * @param loadedAtStart dynamic imports the page always makes at start, by manifest key
 */
export function measurePage(
  distDir: string,
  manifestFile: string,
  entry: string,
  loadedAtStart: readonly string[] = [],
): PageBytes {
  const manifest = JSON.parse(readFileSync(join(distDir, manifestFile), 'utf8')) as Manifest;
  for (const key of [entry, ...loadedAtStart]) if (!manifest[key]) throw new Error(`${key} is not in ${manifestFile}`);
  const initial = closure(manifest, [entry, ...loadedAtStart], false);
  const all = closure(manifest, [entry], true);
  const bytes = (keys: Iterable<string>, pick: (chunk: ManifestChunk) => string[]) => {
    const files = new Set([...keys].flatMap((key) => pick(manifest[key]!)));
    return [...files].reduce((sum, file) => sum + gzippedBytes(distDir, file), 0);
  };
  const onDemand = [...all].filter((key) => !initial.has(key));
  // A worker is a script too: the app starts its estimate worker with the page.
  const scripts = (c: ManifestChunk) => [c.file, ...(c.assets ?? []).filter((file) => file.endsWith('.js'))];
  const initialJs = bytes(initial, scripts);
  const initialCss = bytes(initial, (c) => c.css ?? []);
  return {
    jsInitial: initialJs,
    jsOnDemand: bytes(onDemand, scripts),
    cssInitial: initialCss,
    // A chunk's CSS already loaded with the page is not downloaded again.
    cssOnDemand: bytes(all, (c) => c.css ?? []) - initialCss,
  };
}

/**
 * A page drawn at build time (`build/prerender.ts`), read from its HTML: the scripts and styles it
 * loads by itself, inline ones included (each gzipped alone, which counts them a little high), and
 * nothing on demand: what it loads only for another link is the page it then becomes.
 *
 * @param page the page's file in `distDir` (e.g. 'embed-scope-ladder.html')
 */
export function measureDrawnPage(distDir: string, page: string): PageBytes {
  const html = readFileSync(join(distDir, page), 'utf8');
  const gz = (text: string) => gzipSync(text).length;
  const sum = (pattern: RegExp, size: (match: RegExpExecArray) => number) =>
    [...html.matchAll(pattern)].reduce((total, match) => total + size(match), 0);
  const file = (match: RegExpExecArray) => gzippedBytes(distDir, match[1]!);
  return {
    jsInitial:
      sum(/<script>([\s\S]*?)<\/script>/g, (match) => gz(match[1]!)) +
      sum(/<script[^>]*\ssrc="([^"]+)"/g, file) +
      sum(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g, file),
    jsOnDemand: 0,
    cssInitial:
      sum(/<style>([\s\S]*?)<\/style>/g, (match) => gz(match[1]!)) +
      sum(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g, file),
    cssOnDemand: 0,
  };
}

/**
 * The pages of `npm run build`, opened on the default preset (the ladder). The app's page is
 * drawn at build time (`app`: its own script, its gate and the live page's styles, read from its
 * HTML) and downloads the live page, with the ladder's numbers, when the reader first uses a
 * control (`appLive`: the page's script and the live page's start, as a link to another scenario
 * downloads at once). The embed downloads its preset and numbers at start. A link to another
 * preset downloads that one and its numbers too (2-4 KB). The ladder's embed as the Embed dialog
 * gives it (`presetEmbed`) is drawn at build time and loads the embed's script only for a changed
 * link.
 */
export function measureBundle(distDir: string): {
  app: PageBytes;
  appLive: PageBytes;
  embed: PageBytes;
  presetEmbed: PageBytes;
} {
  const manifestFile = '.vite/manifest.json';
  const manifest = JSON.parse(readFileSync(join(distDir, manifestFile), 'utf8')) as Manifest;
  const livePage = manifest['index.html']?.dynamicImports ?? [];
  if (livePage.length !== 1)
    throw new Error(`index.html imports ${livePage.length} chunks later, not the live page alone`);
  const app = measurePage(distDir, manifestFile, 'index.html');
  const appLive = measurePage(distDir, manifestFile, 'index.html', livePage);
  return {
    // What loads on demand is counted from the manifest; the rest from the page as drawn.
    app: { ...measureDrawnPage(distDir, 'index.html'), jsOnDemand: app.jsOnDemand, cssOnDemand: app.cssOnDemand },
    appLive,
    embed: measurePage(distDir, '.vite/embed-manifest.json', 'embed.html', [
      'scenarios/scope-ladder.json',
      'virtual:preset-estimate/scope-ladder',
    ]),
    presetEmbed: measureDrawnPage(distDir, 'embed-scope-ladder.html'),
  };
}
