import { describe, expect, it } from 'vitest';
import { appFiles, serviceWorkerSource } from '../../build/serviceWorker';

describe('appFiles', () => {
  const manifest = {
    'index.html': { file: 'assets/main-a.js', css: ['assets/start-b.css'] },
    '_start.js': { file: 'assets/start-c.js' },
    'src/model/estimateWorker.ts': { file: 'assets/estimateWorker-d.js' },
  };

  it("keeps every file the app's manifest names, every page, and the app's folder address", () => {
    expect(appFiles(manifest, ['index.html', 'stop-ccp-act.html']).sort()).toEqual(
      [
        '',
        'index.html',
        'stop-ccp-act.html',
        'assets/main-a.js',
        'assets/start-b.css',
        'assets/start-c.js',
        'assets/estimateWorker-d.js',
      ].sort(),
    );
  });

  it('stops the build when there is nothing to keep', () => {
    expect(() => appFiles({}, ['index.html'])).toThrow(/no files/);
    expect(() => appFiles(manifest, [])).toThrow(/no files/);
  });
});

describe('serviceWorkerSource', () => {
  it('names its cache for the files it keeps, so a new build starts a new cache', () => {
    const cacheOf = (source: string) => /const CACHE = "(sanction-scope-[0-9a-f]{12})"/.exec(source)?.[1];
    const one = serviceWorkerSource(['', 'index.html', 'assets/main-a.js']);
    expect(cacheOf(one)).toBeDefined();
    expect(cacheOf(serviceWorkerSource(['assets/main-a.js', 'index.html', '']))).toBe(cacheOf(one));
    expect(cacheOf(serviceWorkerSource(['', 'index.html', 'assets/main-b.js']))).not.toBe(cacheOf(one));
    expect(one).toContain('const FILES = ["./","./assets/main-a.js","./index.html"];');
  });
});
