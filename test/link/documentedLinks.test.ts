import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/link/decodeLink';
import { PRESETS } from '../helpers/linkArbitraries';

// Links written into the README and docs must open as they say: a made-up check code would
// send every reader who tries one to a "changed after it was made" notice.
const root = resolve(import.meta.dirname, '../..');
const documented = ['README.md', 'docs/embed.md'].flatMap((file) =>
  [...readFileSync(resolve(root, file), 'utf8').matchAll(/\?(v=2&[^\s`")]*k=\w{7})/g)].map(
    (m) => [file, m[1]!] as const,
  ),
);

describe('links in the documentation', () => {
  it('there are some', () => expect(documented.length).toBeGreaterThanOrEqual(2));

  it.each(documented)('%s: %s opens whole', async (_file, query) => {
    expect((await decodeLink(query, PRESETS)).problems).toEqual([]);
  });
});
