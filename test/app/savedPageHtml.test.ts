import { describe, expect, it } from 'vitest';
import { pageStyles, savedPageHtml } from '../../src/app/savedPageHtml';

describe('savedPageHtml', () => {
  const html = savedPageHtml(
    'Mine <script>alert(1)</script> & more',
    '<div class="print-sheet">drawn</div>',
    'p { color: red }',
  );

  it('is one page that runs no script and loads nothing: its policy allows only its own styles', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />`,
    );
    expect(html).toContain('<div class="print-sheet">drawn</div>');
    expect(html).toContain('p { color: red }');
  });

  it('keeps a title from a link as text', () => {
    expect(html).toContain('<title>Mine &lt;script&gt;alert(1)&lt;/script&gt; &amp; more – Sanction Scope</title>');
    expect(html).not.toContain('<script>');
  });

  it('keeps its styles inside their element, whatever they hold', () => {
    expect(savedPageHtml('t', '', '.a::after { content: "</style><script>x</script>" }')).not.toMatch(
      /<\/style><script>/,
    );
  });
});

describe('pageStyles', () => {
  it("joins every rule of the page's sheets and skips one it may not read", () => {
    const sheet = (rules: string[]) =>
      ({ cssRules: rules.map((cssText) => ({ cssText })) }) as unknown as CSSStyleSheet;
    const foreign = {
      get cssRules(): CSSRuleList {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as CSSStyleSheet;
    expect(pageStyles([sheet(['a { b: c }', 'd { e: f }']), foreign, sheet(['g { h: i }'])])).toBe(
      'a { b: c }\nd { e: f }\ng { h: i }',
    );
  });
});
