import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  allowGate,
  cardPng,
  embedGateScript,
  embedPageHtml,
  livePageFiles,
  pageGateScript,
  pageHtml,
  prerenderCss,
} from '../../build/prerender';

describe('prerenderCss', () => {
  const css = prerenderCss([328, 568, 1150]);

  it('shows each width in a box at least that wide and narrower than the next; the narrowest below that', () => {
    expect(css).toContain(
      '@container (max-width: 567.98px) { .static-chart[data-static-width="328"] { display: block } }',
    );
    expect(css).toContain(
      '@container (min-width: 568px) and (max-width: 1149.98px) { .static-chart[data-static-width="568"] { display: block } }',
    );
    expect(css).toContain(
      '@container (min-width: 1150px) { .static-chart[data-static-width="1150"] { display: block } }',
    );
  });

  it('hides the drawn page unless the gate found the plain address', () => {
    expect(css).toContain('html:not(.plain-address) .prerendered { display: none }');
  });
});

describe('pageGateScript', () => {
  const scripts = ['./assets/start-a.js', './assets/rolldown-runtime-b.js'];
  /** Runs the gate at an address: the classes it sets and the links it adds to the head. */
  const run = (search: string, hash = '') => {
    const classes: string[] = [];
    const links: Record<string, string>[] = [];
    const document = {
      documentElement: { classList: { add: (name: string) => classes.push(name) } },
      head: { append: (link: Record<string, string>) => links.push(link) },
      createElement: () => ({}),
    };
    new Function('location', 'document', pageGateScript(scripts))({ search, hash }, document);
    return { classes, links };
  };

  it.each([
    ['', '', ['plain-address'], []],
    ['?v=2&p=stop-ccp-act', '', [], scripts],
    ['', '#v=2&p=stop-ccp-act', [], scripts],
  ])('at %j%j shows the drawn page (%j) or preloads the live page (%j)', (search, hash, classes, preloaded) => {
    const ran = run(search, hash);
    expect(ran.classes).toEqual(classes);
    expect(ran.links.map((link) => link.href)).toEqual(preloaded);
    expect(ran.links.every((link) => link.rel === 'modulepreload' && link.crossOrigin === '')).toBe(true);
  });
});

describe('livePageFiles', () => {
  const manifest = {
    'index.html': { file: 'assets/main-1.js', css: ['assets/main-1.css'], dynamicImports: ['_start-2.js'] },
    '_start-2.js': {
      file: 'assets/start-2.js',
      imports: ['_runtime-3.js', 'index.html'],
      dynamicImports: ['src/app/Lazy.svelte', 'src/app/ShareBar.svelte', 'src/app/PrintSheet.svelte'],
      css: ['assets/start-2.css'],
    },
    '_runtime-3.js': { file: 'assets/runtime-3.js' },
    'src/app/Lazy.svelte': { file: 'assets/Lazy-4.js', css: ['assets/Lazy-4.css'] },
    'src/app/ShareBar.svelte': {
      file: 'assets/ShareBar-5.js',
      imports: ['_start-2.js'],
      css: ['assets/ShareBar-5.css'],
    },
    'src/app/PrintSheet.svelte': {
      file: 'assets/PrintSheet-6.js',
      imports: ['_start-2.js', 'src/app/ShareBar.svelte', 'src/app/Lazy.svelte'],
      css: ['assets/PrintSheet-6.css'],
    },
  };

  it("gives the live page's start and what it imports, with the styles of what the drawn page draws and prints", () => {
    expect(livePageFiles(manifest)).toEqual({
      scripts: ['./assets/start-2.js', './assets/runtime-3.js'],
      styles: ['./assets/start-2.css', './assets/ShareBar-5.css'],
      printStyles: ['./assets/PrintSheet-6.css', './assets/Lazy-4.css'],
    });
  });

  it("stops the build when the page's script imports anything but the live page later, or a drawn part is missing", () => {
    const two = { ...manifest, 'index.html': { ...manifest['index.html'], dynamicImports: ['_start-2.js', '_x.js'] } };
    expect(() => livePageFiles(two)).toThrow(/imports 2 chunks later/);
    const none = { ...manifest, 'index.html': { file: 'assets/main-1.js' } };
    expect(() => livePageFiles(none)).toThrow(/imports 0 chunks later/);
    const { 'src/app/ShareBar.svelte': _, ...noShareBar } = manifest;
    expect(() => livePageFiles(noShareBar)).toThrow('src/app/ShareBar.svelte is not in the build');
  });
});

describe('allowGate', () => {
  const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" />`;

  const gate = pageGateScript([]);

  it('allows the gate script, and no other inline script, by its hash', () => {
    const hash = createHash('sha256').update(gate).digest('base64');
    expect(allowGate(page, gate)).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(allowGate(page, gate)).not.toContain('unsafe-inline');
  });

  it('stops the build when the policy it extends is not there', () => {
    expect(() =>
      allowGate('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />', gate),
    ).toThrow(/has no "script-src 'self'"/);
  });
});

/** A page as the build writes it, for the prerender to fill: a policy allowing the page's own scripts, `head`, `body`. */
const builtPage = (head: string[], body: string) =>
  [
    '<html><head>',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />`,
    ...head,
    `</head><body>${body}</body></html>`,
  ].join('\n');

describe('pageHtml', () => {
  const template = builtPage(
    ['<meta name="description" content="Plain." />', '<title>Sanction Scope</title>'],
    '<div id="app"></div>',
  );
  const preset = {
    id: 'stop-ccp-act',
    address: '?v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq',
    title: 'STOP CCP Act <draft>',
    finding: '\u2068All 376\u2069 would reach about 3,610 people (3,350–3,890) & more.',
  };

  const live = {
    scripts: ['./assets/start-2.js'],
    styles: ['./assets/start-2.css'],
    printStyles: ['./assets/PrintSheet-6.css'],
  };

  it("draws the page into #app with the live page's styles and keeps the app's own page's plain title and description", () => {
    const html = pageHtml(template, '<main>drawn</main>', live);
    expect(html).toContain('<div id="app"><div class="prerendered"><main>drawn</main></div></div>');
    expect(html).toContain('<title>Sanction Scope</title>');
    expect(html).not.toContain('og:');
    expect(html).toContain(`<script>${pageGateScript(live.scripts)}</script>`);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/start-2.css" />');
    expect(html).toContain('<link rel="stylesheet" media="print" crossorigin href="./assets/PrintSheet-6.css" />');
  });

  it("gives a preset's page its link for the script, and a preview with the finding and its card", () => {
    const html = pageHtml(template, '<main>drawn</main>', live, preset);
    expect(html).toContain('<title>STOP CCP Act &lt;draft&gt; – Sanction Scope</title>');
    expect(html).toContain(
      '<meta name="sanction-scope-link" content="?v=2&amp;p=stop-ccp-act&amp;cv=20261126&amp;k=1sq8vsq" />',
    );
    expect(html).toContain(
      '<meta property="og:description" content="All 376 would reach about 3,610 people (3,350–3,890) &amp; more." />',
    );
    expect(html).toContain('<meta name="description" content="All 376 would reach');
    expect(html).toContain('<meta property="og:image" content="./stop-ccp-act.png" />');
    expect(pageHtml(template, '', live, preset, 'https://example.org/scope/')).toContain(
      '<meta property="og:image" content="https://example.org/scope/stop-ccp-act.png" />',
    );
  });

  it("keeps a '$' in the page's text as it is", () => {
    const html = pageHtml(template, "<p>US$ 1 billion, $& and $'</p>", live, {
      ...preset,
      finding: 'Costs $1 and $&.',
    });
    expect(html).toContain("<p>US$ 1 billion, $& and $'</p>");
    expect(html).toContain('<meta name="description" content="Costs $1 and $&amp;." />');
  });

  it('stops the build on a page it cannot fill', () => {
    expect(() => pageHtml(template.replace('<div id="app"></div>', ''), '', live)).toThrow(/no empty <div id="app">/);
  });
});

describe('embedGateScript', () => {
  const published = 'v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq';
  /** Runs the gate at an address, in a frame or not: the classes it sets, the script it loads, the heights it posts. */
  const run = (search: string, hash = '', framed = false) => {
    const classes: string[] = [];
    const loaded: string[] = [];
    const posted: unknown[] = [];
    const self = {};
    const parent = framed ? { postMessage: (message: unknown) => posted.push(message) } : self;
    const root = {
      classList: { add: (name: string) => classes.push(name) },
      getBoundingClientRect: () => ({ height: 412.3 }),
    };
    const document = {
      documentElement: root,
      createElement: () => ({}),
      head: { append: (script: { type: string; src: string }) => loaded.push(`${script.type} ${script.src}`) },
    };
    class ResizeObserver {
      constructor(private readonly report: () => void) {}
      observe() {
        this.report();
        this.report();
      }
    }
    new Function(
      'location',
      'document',
      'parent',
      'window',
      'ResizeObserver',
      embedGateScript(published, './assets/embed-x.js'),
    )({ search, hash }, document, parent, self, ResizeObserver);
    return { classes, loaded, posted };
  };

  it.each([
    [`?${published}`, '', ['plain-address'], []],
    [`?${published}&plain=1`, '', ['plain', 'plain-address'], []],
    [`?plain=1&${published}`, '', ['plain', 'plain-address'], []],
    [`?${published.replace('k=1sq8vsq', 'k=1sq8vsr')}`, '', [], ['module ./assets/embed-x.js']],
    [`?${published}&t=Changed`, '', [], ['module ./assets/embed-x.js']],
    [`?${published}`, '#z', [], ['module ./assets/embed-x.js']],
    ['', '', [], ['module ./assets/embed-x.js']],
    ['?plain=1', '', ['plain'], ['module ./assets/embed-x.js']],
  ])('at %s%s shows the drawn embed only for its own link, else loads the script', (search, hash, classes, loaded) => {
    expect(run(search, hash)).toEqual({ classes, loaded, posted: [] });
  });

  it('posts its height to the host page once per change, as the embed does', () => {
    expect(run(`?${published}`, '', true).posted).toEqual([{ type: 'sanction-scope:height', height: 413 }]);
  });
});

describe('embedPageHtml', () => {
  const template = builtPage(
    [
      '<script type="module" crossorigin src="./assets/embed-x.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/chunk-y.js">',
      '<link rel="stylesheet" crossorigin href="./assets/embed-z.css">',
    ],
    '<div id="embed"></div>',
  );
  const address = '?v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq';

  it('draws the embed into #embed and loads its script only through the gate, which the policy allows', () => {
    const html = embedPageHtml(template, '<div class="embed">drawn</div>', address);
    const gate = embedGateScript(address.slice(1), './assets/embed-x.js');
    expect(html).toContain('<div id="embed"><div class="prerendered"><div class="embed">drawn</div></div></div>');
    expect(html).toContain(`<script>${gate}</script>`);
    expect(html).toContain(`'sha256-${createHash('sha256').update(gate).digest('base64')}'`);
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/embed-z.css">');
    expect(html).toContain('.static-chart { display: none }');
  });

  it('stops the build on an embed page it cannot fill or whose script it cannot find', () => {
    expect(() => embedPageHtml(template.replace('<div id="embed"></div>', ''), '', address)).toThrow(/no empty/);
    expect(() => embedPageHtml(template.replace(/<script[^\n]*/, ''), '', address)).toThrow(/no module script/);
  });
});

describe('cardPng', () => {
  it('draws a card as a PNG the size of a link preview', () => {
    const png = cardPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="315"><text y="20">Aa</text></svg>',
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk's width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
