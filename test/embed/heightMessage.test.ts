import { describe, expect, it } from 'vitest';
import { hostResizeScript, iframeSnippet, isHeightMessage } from '../../src/embed/heightMessage';

describe('height messages', () => {
  it.each([
    [{ type: 'sanction-scope:height', height: 480 }, true],
    [{ type: 'sanction-scope:height', height: -1 }, false],
    [{ type: 'sanction-scope:height', height: 1e9 }, false],
    [{ type: 'sanction-scope:height', height: '480' }, false],
    [{ type: 'other', height: 480 }, false],
    [null, false],
    ['sanction-scope:height', false],
  ])('%j is a height message: %s', (data, expected) => expect(isHeightMessage(data)).toBe(expected));

  it('gives a one-line host script that checks the sender frame and origin', () => {
    const script = hostResizeScript();
    expect(script.split('\n')).toHaveLength(1);
    expect(script).toContain('e.source===f[i].contentWindow');
    expect(script).toContain('e.origin===new URL(f[i].src,location.href).origin');
  });

  it('escapes the iframe attributes and asks for lazy loading and a title', () => {
    const snippet = iframeSnippet('https://x.org/embed.html?v=1&t="><script>', 'A "title" <b>', 500);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('title="A &quot;title&quot; &lt;b&gt;"');
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('&amp;t=&quot;&gt;&lt;script&gt;');
  });
});
