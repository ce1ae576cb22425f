import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? svelteFiles(join(dir, entry.name))
      : entry.name.endsWith('.svelte')
        ? [join(dir, entry.name)]
        : [],
  );
}

// See build/bundleTricks.ts, "One chunk for the live page's start": these bindings' runtime
// would ship with the live page whichever component used them.
describe('the input bindings whose runtime would ship with the live page', () => {
  it('are used by no component', () => {
    const used = svelteFiles(join(root, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/bind:(value|checked|group)\b/g)].map(
        (match) => `${relative(root, file)}: ${match[0]}`,
      ),
    );
    expect(used).toEqual([]);
  });
});
