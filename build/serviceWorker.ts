/**
 * Writes `dist/sw.js`, the app's service worker, with the app's manifest and icons beside it
 * (`build/appManifest.ts`); run by `npm run build` after both builds. A page visited once then
 * opens again without a network, in a debate round, say. It keeps every file of the app's build
 * (its manifest's entries and the pages: the app's own and each preset's), fetched once, after
 * the page has drawn (`src/page/registerServiceWorker.ts`); the embed, which lives in other sites'
 * pages, is left to them. Pages come from the network when there is one, so a new release is seen
 * at once, and from the cache when there is none (a link's query names a scenario, not another
 * page); the scripts, styles and data, named by their contents, come from the cache. Files are
 * matched by address alone (`ignoreVary`): a server's `Vary` header made the page's own requests
 * miss files kept under the same address. A new build has a new cache name, and the old cache is
 * dropped when it takes over.
 * Fails loudly: a build without a manifest or pages stops here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_MANIFEST_FILES, appManifest, iconPng, ICON_SIZES_PX, MANIFEST_FILE } from './appManifest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The service worker's source, keeping `files` (paths relative to it) in a cache named for them. */
export function serviceWorkerSource(files: readonly string[]): string {
  const sorted = [...new Set(files)].sort();
  const cache = `sanction-scope-${createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 12)}`;
  return `// Written by build/serviceWorker.ts: the app's files, kept for use without a network.
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(sorted.map((file) => `./${file}`))};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  const old = (key) => key.startsWith('sanction-scope-') && key !== CACHE;
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter(old).map((key) => caches.delete(key)))));
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.mode === 'navigate') {
    const cached = () => caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((page) => page || Promise.reject(new Error('not kept')));
    event.respondWith(fetch(request).catch(cached));
  } else {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((kept) => kept || fetch(request)));
  }
});
`;
}

/** The app build's files: every file its manifest names, and every page. */
export function appFiles(
  manifest: Record<string, { file: string; css?: string[]; assets?: string[] }>,
  pages: string[],
) {
  const files = Object.values(manifest).flatMap((entry) => [entry.file, ...(entry.css ?? []), ...(entry.assets ?? [])]);
  if (files.length === 0 || !pages.includes('index.html')) throw new Error('serviceWorker: the app build has no files');
  // The app's page is also asked for by its folder's address ("./").
  return ['', ...pages, ...files];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
  const pages = readdirSync(dist).filter((name) => name.endsWith('.html') && !/^embed\b/.test(name));
  // The app's manifest and icons, kept with the rest: an installed app opens without a network.
  writeFileSync(`${dist}${MANIFEST_FILE}`, appManifest());
  for (const size of ICON_SIZES_PX) writeFileSync(`${dist}icon-${size}.png`, iconPng(size));
  writeFileSync(`${dist}sw.js`, serviceWorkerSource([...appFiles(manifest, pages), ...APP_MANIFEST_FILES]));
}
