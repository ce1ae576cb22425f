/**
 * Writes the app's pages, drawn at build time, into the build (run by `npm run build` after the
 * app's and the embed's builds): a reader sees the finding and the chart as soon as the HTML and
 * CSS arrive, before any script has run, and the page's script then draws the same page live in
 * its place (`src/main.ts`). Two kinds of page: the app's own `index.html`, drawn on the default
 * preset, and one page per preset, `<preset id>.html`, drawn on that preset as published, whose
 * title and link preview (`og:` and Twitter tags, and a 1200 × 630 PNG card) carry its finding. A
 * link to any other scenario must never show a drawn preset's numbers first, so a drawn page is
 * hidden unless a one-line script in the head finds the plain address (inline, so it costs no
 * request before the first paint; the page's content security policy allows it, and only it, by its
 * hash). Without scripts nothing can read the address, so nothing is shown but the note that they
 * are needed. Each preset's embed is drawn too, `embed-<preset id>.html` (`embedPageHtml`): at its
 * link as published it needs no script at all, and at any other it loads the embed's script.
 *
 * The pages are rendered with the app's own components, compiled for the server by a Vite build of
 * `src/renderStaticPage.ts` and `src/renderStaticEmbed.ts` into `node_modules/.prerender/` (where
 * Node resolves the components' imports of `svelte`). Each chart is drawn at `STATIC_WIDTHS_PX`
 * and a container query shows the widest that fits its box, at its own size, so the live chart,
 * laid out at the box's width, moves nothing but the last few pixels. Fails loudly: if
 * `index.html` or `embed.html` has nothing to fill, or a render draws no chart, the build stops.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { build } from 'vite';
import { MANIFEST_FILE } from './appManifest';
import { PRERENDERED_CLASS } from '../src/page/prerendered';
import { HEIGHT_MESSAGE_TYPE } from '../src/embed/heightMessage';
import { escapeHtml } from '../src/format/escapeHtml';
import { withoutIsolates } from '../src/format/isolate';
import { PAGE_LINK_META } from '../src/state/pageAddress';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const outDir = `${root}node_modules/.prerender/`;

/**
 * The widths each chart is drawn at, px: the card's chart on a 360 px phone (stacked names, 328),
 * the narrowest layout with names beside the bars (568), a laptop's (958) and the widest the card
 * gets (1150).
 */
export const STATIC_WIDTHS_PX = [328, 568, 958, 1150] as const;

/** What the live page (`src/startApp.ts`) loads when it starts, as the page refers to it (`./assets/…`). */
export interface LivePageFiles {
  scripts: string[];
  /** The styles the drawn page is drawn with: the live page's, and those of the parts drawn with it. */
  styles: string[];
  /** The styles of the sheet it prints (`src/page/drawnPrintSheet.ts`), for print only. */
  printStyles: string[];
}

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[] }>;

/**
 * Parts of the live page that load after it but are drawn at build time with it
 * (`src/renderStaticPage.ts`): their styles go with the drawn page's.
 */
const DRAWN_PARTS = ['src/app/ShareBar.svelte'];
/** The print sheet the drawn page prints (`src/page/drawnPrintSheet.ts`). */
const PRINT_SHEET = 'src/app/PrintSheet.svelte';

/**
 * The live page's files, from the app build's manifest: the one chunk the page's script imports
 * dynamically (`src/main.ts`), with what it imports, and their styles, with those of the parts and
 * the print sheet drawn at build time. Stops the build if the page's script imports any other
 * number of chunks dynamically, or a drawn part is not in the build: the drawn page needs the styles
 * of exactly what it draws, and a link to any other scenario preloads exactly the live page's scripts.
 */
export function livePageFiles(manifest: Manifest): LivePageFiles {
  const lazy = manifest['index.html']?.dynamicImports ?? [];
  if (lazy.length !== 1)
    throw new Error(`prerender: the page's script imports ${lazy.length} chunks later, not the live page alone`);
  const closure = (start: string) => {
    const chunks = new Set<string>();
    const visit = (key: string) => {
      if (key === 'index.html' || chunks.has(key)) return;
      if (!manifest[key]) throw new Error(`prerender: ${key} is not in the build`);
      chunks.add(key);
      manifest[key].imports?.forEach(visit);
    };
    visit(start);
    return [...chunks].map((key) => manifest[key]!);
  };
  const cssOf = (starts: string[]) => [...new Set(starts.flatMap(closure).flatMap((chunk) => chunk.css ?? []))];
  const styles = cssOf([lazy[0]!, ...DRAWN_PARTS]);
  const asset = (file: string) => `./${file}`;
  return {
    scripts: closure(lazy[0]!).map((chunk) => asset(chunk.file)),
    styles: styles.map(asset),
    printStyles: cssOf([PRINT_SHEET])
      .filter((file) => !styles.includes(file))
      .map(asset),
  };
}

/**
 * The drawn page's gate: shows the page drawn at build time only at the plain address (a link may
 * name another scenario); at any other, preloads the live page's scripts, which the page's script
 * then starts at once.
 */
export function pageGateScript(liveScripts: readonly string[]): string {
  return `if (!location.search && !location.hash) document.documentElement.classList.add('plain-address');
else for (const href of ${JSON.stringify(liveScripts)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href }));`;
}

/** A page's content security policy, allowing its gate script (and no other inline script) by its hash. */
export function allowGate(html: string, gateScript: string): string {
  const hash = createHash('sha256').update(gateScript).digest('base64');
  const policy = "script-src 'self'";
  if (!html.includes(policy)) throw new Error(`prerender: the page's content security policy has no "${policy}"`);
  return html.replace(policy, `${policy} 'sha256-${hash}'`);
}

/** The CSS the drawn page needs: the gate, and each chart width shown only in a box that fits it. */
export function prerenderCss(widthsPx: readonly number[]): string {
  const rules = widthsPx.map((widthPx, i) => {
    const next = widthsPx[i + 1];
    const query = [i > 0 && `(min-width: ${widthPx}px)`, next && `(max-width: ${next - 0.02}px)`].filter(Boolean);
    const shown = `.static-chart[data-static-width="${widthPx}"] { display: block }`;
    return query.length > 0 ? `@container ${query.join(' and ')} { ${shown} }` : shown;
  });
  return [
    `html:not(.plain-address) .${PRERENDERED_CLASS} { display: none }`,
    `.${PRERENDERED_CLASS} figure { container-type: inline-size }`,
    `.static-chart { display: none }`,
    `.static-chart > svg[role='img'] { width: auto; max-width: 100% }`,
    ...rules,
  ].join('\n');
}

/** Text for an HTML attribute or element: the finding's isolation marks dropped, markup escaped. */
const htmlText = (text: string) => escapeHtml(withoutIsolates(text));

/**
 * A page of the app with `body` drawn in, from the built `index.html` (`template`), with the live
 * page's styles (the drawn page is drawn with them) and its gate (`pageGateScript`). A preset's own
 * page (`preset` given) names its link for the page's script (`PAGE_LINK_META`), and its title and
 * link preview carry the finding; the app's page keeps its plain title and description, since a
 * link to any scenario opens it.
 */
export function pageHtml(
  template: string,
  body: string,
  livePage: LivePageFiles,
  preset?: { id: string; address: string; title: string; finding: string },
  siteUrl = '',
): string {
  const empty = '<div id="app"></div>';
  if (!template.includes(empty)) throw new Error(`prerender: index.html has no empty ${empty} to fill`);
  const gate = pageGateScript(livePage.scripts);
  const head = [
    `<script>${gate}</script>`,
    ...livePage.styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}" />`),
    ...livePage.printStyles.map((href) => `<link rel="stylesheet" media="print" crossorigin href="${href}" />`),
    `<style>\n${prerenderCss(STATIC_WIDTHS_PX)}\n    </style>`,
    // The app's manifest (written with its service worker, `build/serviceWorker.ts`): installable.
    `<link rel="manifest" href="./${MANIFEST_FILE}" />`,
  ];
  let html = allowGate(template, gate);
  if (preset) {
    const title = htmlText(`${preset.title} – Sanction Scope`);
    const description = htmlText(preset.finding);
    if (!/<title>[^<]*<\/title>/.test(html)) throw new Error('prerender: index.html has no <title>');
    html = html
      .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
      .replace(/(<meta\s+name="description"\s+content=")[^"]*"/, (_, start: string) => `${start}${description}"`);
    head.push(
      `<meta name="${PAGE_LINK_META}" content="${htmlText(preset.address)}" />`,
      `<meta property="og:type" content="website" />`,
      `<meta property="og:title" content="${title}" />`,
      `<meta property="og:description" content="${description}" />`,
      `<meta property="og:image" content="${htmlText(`${siteUrl || './'}${preset.id}.png`)}" />`,
      `<meta property="og:image:width" content="${CARD_PX.width}" />`,
      `<meta property="og:image:height" content="${CARD_PX.height}" />`,
      `<meta property="og:image:alt" content="${description}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
    );
  }
  // Replaced by functions: a "$" in the page's text is not a replacement pattern.
  return html
    .replace('</head>', () => `  ${head.join('\n    ')}\n  </head>`)
    .replace(empty, () => `<div id="app"><div class="${PRERENDERED_CLASS}">${body}</div></div>`);
}

/**
 * The gate of a preset's embed drawn at build time (`embedPageHtml`). At the link it was drawn for
 * (`published`, with or without the embed's own `plain=1`) it shows the drawn embed and posts its
 * height to the host page as the embed's script would (`src/embed/heightMessage.ts`), so the page
 * needs no other script; at any other address it loads the embed's script (`entrySrc`), which reads
 * the link as `embed.html` does, so a link that was changed is never shown the preset's numbers.
 */
export function embedGateScript(published: string, entrySrc: string): string {
  return `(() => {
  const root = document.documentElement;
  const pairs = location.search.slice(1).split('&');
  if (pairs.includes('plain=1')) root.classList.add('plain');
  if (location.hash || pairs.filter((pair) => pair !== 'plain=1').join('&') !== ${JSON.stringify(published)}) {
    const script = Object.assign(document.createElement('script'), { type: 'module', src: ${JSON.stringify(entrySrc)} });
    return void document.head.append(script);
  }
  root.classList.add('plain-address');
  if (parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) parent.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE_TYPE)}, height: (last = height) }, '*');
  }).observe(root);
})();`;
}

/**
 * A preset's embed page, `embed-<preset id>.html`, from the built `embed.html` (`template`): the
 * embed drawn at build time (`body`, for the link `address`) inside its `#embed`, and the page's
 * own script replaced by the gate that loads it only for another link (`embedGateScript`).
 */
export function embedPageHtml(template: string, body: string, address: string): string {
  const empty = '<div id="embed"></div>';
  if (!template.includes(empty)) throw new Error(`prerender: embed.html has no empty ${empty} to fill`);
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template);
  if (!entry) throw new Error('prerender: embed.html has no module script to load for a changed link');
  const gate = embedGateScript(address.replace(/^\?/, ''), entry[1]!);
  // Its chunks are preloaded by the gate's script when it is loaded, not by every reader of the drawn embed.
  const html = allowGate(template, gate)
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  const head = [`<script>${gate}</script>`, `<style>\n${prerenderCss(STATIC_WIDTHS_PX)}\n    </style>`];
  return html
    .replace('</head>', () => `  ${head.join('\n    ')}\n  </head>`)
    .replace(empty, () => `<div id="embed"><div class="${PRERENDERED_CLASS}">${body}</div></div>`);
}

/** The link-preview card's size, px: the social card of the page's downloads. */
const CARD_PX = { width: 1200, height: 630 };

/**
 * A card's SVG as a PNG, drawn with the build machine's fonts (the SVG asks for the system's sans
 * serif). Stops the build when no font can be found: the card would be drawn without its words.
 */
export function cardPng(svg: string): Buffer {
  const options = { font: { loadSystemFonts: true }, fitTo: { mode: 'width' as const, value: CARD_PX.width } };
  const probe = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><text y="15">Aa</text></svg>';
  if (!new Resvg(probe, options).getBBox()) throw new Error('prerender: no system font to draw the preview cards with');
  return new Resvg(svg, options).render().asPng();
}

async function prerender(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    logLevel: 'error',
    build: {
      ssr: true,
      rollupOptions: { input: ['src/renderStaticPage.ts', 'src/renderStaticEmbed.ts'] },
      outDir,
      emptyOutDir: true,
      manifest: false,
    },
  });
  const { renderStaticPage, presetAddress, presetIds } = (await import(
    pathToFileURL(`${outDir}renderStaticPage.js`).href
  )) as typeof import('../src/renderStaticPage');
  const { renderStaticEmbed } = (await import(
    pathToFileURL(`${outDir}renderStaticEmbed.js`).href
  )) as typeof import('../src/renderStaticEmbed');
  const template = readFileSync(`${dist}index.html`, 'utf8');
  const livePage = livePageFiles(JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8')));
  const embedTemplate = readFileSync(`${dist}embed.html`, 'utf8');
  const drawn = async (address: string) => {
    const page = await renderStaticPage(address, STATIC_WIDTHS_PX);
    if (!page.body.includes('class="static-chart"'))
      throw new Error(`prerender: ${address} was drawn without its chart`);
    return page;
  };
  // The app's page: the default preset, drawn.
  writeFileSync(`${dist}index.html`, pageHtml(template, (await drawn('')).body, livePage));
  // Each preset's own page, at <id>.html beside it.
  for (const presetId of presetIds()) {
    const address = await presetAddress(presetId);
    const page = await drawn(address);
    writeFileSync(`${dist}${presetId}.png`, cardPng(page.cardSvg));
    const site = process.env.SITE_URL?.replace(/\/?$/, '/');
    writeFileSync(
      `${dist}${presetId}.html`,
      pageHtml(template, page.body, livePage, { id: presetId, address, ...page }, site),
    );
    // And its embed, drawn for the same link.
    const embed = await renderStaticEmbed(address, STATIC_WIDTHS_PX);
    if (!embed.includes('class="static-chart"')) throw new Error(`prerender: the embed of ${address} has no chart`);
    writeFileSync(`${dist}embed-${presetId}.html`, embedPageHtml(embedTemplate, embed, address));
  }
  rmSync(outDir, { recursive: true, force: true });
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await prerender();
