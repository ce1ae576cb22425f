import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/escapeHtml';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['A "<b>" & more', 'A &quot;&lt;b&gt;&quot; &amp; more'],
    ['&amp; already', '&amp;amp; already'],
    ['"><script>x</script>', '&quot;&gt;&lt;script&gt;x&lt;/script&gt;'],
  ])('%s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});
