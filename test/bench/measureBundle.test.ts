import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDrawnPage, measurePage } from '../../bench/measureBundle';

describe('measurePage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sanction-scope-manifest-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'assets/main.js': 'main '.repeat(50),
    'assets/shared.js': 'shared '.repeat(40),
    'assets/panel.js': 'panel '.repeat(30),
    'assets/panel-only.js': 'only '.repeat(20),
    'assets/main.css': 'body{}'.repeat(10),
    'assets/panel.css': '.p{}'.repeat(10),
  };
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dist, file), text);
  writeFileSync(
    join(dist, '.vite/manifest.json'),
    JSON.stringify({
      'index.html': {
        file: 'assets/main.js',
        imports: ['_shared'],
        dynamicImports: ['panel'],
        css: ['assets/main.css'],
      },
      _shared: { file: 'assets/shared.js' },
      // The panel imports the shared chunk the page already has, and a chunk of its own.
      panel: { file: 'assets/panel.js', imports: ['_shared', '_only', 'index.html'], css: ['assets/panel.css'] },
      _only: { file: 'assets/panel-only.js' },
    }),
  );
  const gz = (file: string) => gzipSync(files[file]!).length;

  it('counts the entry and its static imports as loaded with the page, the rest once, on demand', () => {
    expect(measurePage(dist, '.vite/manifest.json', 'index.html')).toEqual({
      jsInitial: gz('assets/main.js') + gz('assets/shared.js'),
      jsOnDemand: gz('assets/panel.js') + gz('assets/panel-only.js'),
      cssInitial: gz('assets/main.css'),
      cssOnDemand: gz('assets/panel.css'),
    });
  });

  it('counts a chunk the page always downloads at start as loaded with the page', () => {
    const page = measurePage(dist, '.vite/manifest.json', 'index.html', ['panel']);
    expect(page.jsInitial).toBe(
      gz('assets/main.js') + gz('assets/shared.js') + gz('assets/panel.js') + gz('assets/panel-only.js'),
    );
    expect(page.jsOnDemand).toBe(0);
  });

  it('says which page it cannot find', () => {
    expect(() => measurePage(dist, '.vite/manifest.json', 'embed.html')).toThrow(
      'embed.html is not in .vite/manifest.json',
    );
  });
});

describe('measureDrawnPage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sanction-scope-drawn-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'assets'));
  const gate = "if (!location.search) document.documentElement.classList.add('plain-address');";
  const style = '.static-chart { display: none }';
  const files: Record<string, string> = {
    'assets/page.css': 'body{}'.repeat(10),
    'assets/late.js': 'late '.repeat(40),
    'assets/preloaded.js': 'pre '.repeat(30),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dist, file), text);
  const gz = (text: string) => gzipSync(text).length;
  const page = (head: string) => {
    writeFileSync(join(dist, 'page.html'), `<html><head>${head}</head><body><svg></svg></body></html>`);
    return measureDrawnPage(dist, 'page.html');
  };

  it('counts its inline scripts and styles and the files it links', () => {
    expect(
      page(
        `<link rel="stylesheet" crossorigin href="./assets/page.css"><script>${gate}</script><style>${style}</style>`,
      ),
    ).toEqual({
      jsInitial: gz(gate),
      jsOnDemand: 0,
      cssInitial: gz(style) + gz(files['assets/page.css']!),
      cssOnDemand: 0,
    });
  });

  it('counts a script it loads and one it preloads as loaded with it', () => {
    expect(
      page(
        '<script type="module" crossorigin src="./assets/late.js"></script><link rel="modulepreload" crossorigin href="./assets/preloaded.js">',
      ).jsInitial,
    ).toBe(gz(files['assets/late.js']!) + gz(files['assets/preloaded.js']!));
  });
});
