import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as asyncHooks from '../../build/asyncHooksUnavailable';
import * as devalue from '../../build/devalueUnavailable';
import * as scaleFormat from '../../build/scaleFormatUnavailable';

/**
 * The embed's build replaces two modules Svelte's server renderer imports (see vite.config.ts).
 * If a Svelte upgrade starts using another of their exports, these tests fail before a reader's
 * embed would.
 */
const SERVER = resolve(import.meta.dirname, '../../node_modules/svelte/src/internal/server');

function serverSources(dir = SERVER): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? serverSources(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

describe("the embed's stand-ins for Svelte's server renderer", () => {
  const sources = serverSources().join('\n');

  it('export every devalue function the renderer calls, and each throws', () => {
    const used = new Set([...sources.matchAll(/\bdevalue\.(\w+)/g)].map((match) => match[1]!));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(devalue), name).toContain(name);
    expect(() => devalue.uneval()).toThrow(/never hydrates/);
  });

  it('export what the renderer takes from node:async_hooks, and it throws', () => {
    const used = new Set(
      [...sources.matchAll(/\{([^}]*)\}\s+from\s+'node:async_hooks'/g)].flatMap((m) =>
        m[1]!.split(',').map((name) => name.trim()),
      ),
    );
    for (const name of used) expect(Object.keys(asyncHooks), name).toContain(name);
    expect(() => new asyncHooks.AsyncLocalStorage()).toThrow(/not available in the embed/);
  });
});

describe("d3-scale's stand-in for d3-format", () => {
  it('exports every name d3-scale imports from d3-format, and each throws', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../node_modules/d3-scale/dist/d3-scale.mjs'), 'utf8');
    const imported = /import \{([^}]*)\} from 'd3-format'/
      .exec(source)?.[1]
      ?.split(',')
      .map((name) => name.trim());
    expect(imported?.length).toBeGreaterThan(0);
    for (const name of imported!) {
      expect(Object.keys(scaleFormat), name).toContain(name);
      expect(() => (scaleFormat as Record<string, () => unknown>)[name]!(), name).toThrow(/not in this build/);
    }
  });
});
