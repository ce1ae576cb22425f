import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Everything a reader can see: the app's code and data, presets and claims, pages and docs. */
const READER_FACING = ['src', 'scenarios', 'docs', 'README.md', 'index.html', 'embed.html'];

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)));
}

/**
 * The project's working notes: readers cannot open them, so no text a reader sees may cite them
 * (cite the public source instead).
 */
const WORKING_FILES =
  /(?:\.\.\/)?shared\/(?:reference|seeds)|\bseeds\/\d{3}_|\bfigures\.md\b|\bmethod-notes\.md\b|\banchors\.md\b|\bstyle-research\.md\b|project seeds|the seed text|seed's text/i;

describe('reader-facing text', () => {
  it('never names a working file', () => {
    const hits = READER_FACING.flatMap(filesUnder).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          WORKING_FILES.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 120)}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('catches the ways working files were named before', () => {
    for (const text of [
      'text in the project seeds (seeds/000_5107d7ba3f168c83.txt)',
      'original not found (figures.md, section H)',
      'see ../shared/reference/figures.md',
      'quoted from the seed text',
    ]) {
      expect(WORKING_FILES.test(text), text).toBe(true);
    }
    // A seed of the random source is not a working file.
    expect(WORKING_FILES.test('every estimate is seeded; the seed is 2026')).toBe(false);
  });
});
