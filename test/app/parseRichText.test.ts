import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../src/app/parseRichText';
import { DATA } from '../../src/i18n/en/data';
import { data as HANS } from '../../src/i18n/zh-Hans/data';

const plain = { strong: false, code: false, sup: false };

describe('parseRichText', () => {
  it('marks emphasis, formulas and superscripts, nested', () => {
    expect(parseRichText('the <strong>core</strong>: <code>1 − x<sup>−1/c</sup></code>.')).toEqual([
      { ...plain, text: 'the ' },
      { ...plain, text: 'core', strong: true },
      { ...plain, text: ': ' },
      { ...plain, text: '1 − x', code: true },
      { ...plain, text: '−1/c', code: true, sup: true },
      { ...plain, text: '.' },
    ]);
  });

  it('keeps any other markup as text', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(1)><b>bold</b>';
    expect(parseRichText(text)).toEqual([{ ...plain, text }]);
  });

  it('loses no character: the parts are the text without its three tags', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const joined = parseRichText(text)
          .map((part) => part.text)
          .join('');
        expect(joined).toBe(text.replaceAll(/<\/?(strong|code|sup)>/g, ''));
      }),
    );
  });

  it("reads the method's paragraphs in both editions with balanced tags", () => {
    for (const source of [DATA.method.core, DATA.method.reach, HANS.method.core, HANS.method.reach]) {
      const parts = parseRichText(source);
      expect(parts.map((part) => part.text).join('')).not.toMatch(/[<>]/);
      expect(parts.at(-1)).toMatchObject(plain);
    }
  });
});
