import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_DIR, traditionalFiles, traditionalSource } from '../../build/traditionalChinese';

describe('the Traditional Chinese edition', () => {
  it('converts characters and keeps the glossary’s official names', () => {
    const made = traditionalSource("export const x = { a: '中央委员会的党员人数', b: 'zh-Hans' };\n", 'x.ts');
    expect(made).toContain('中央委員會的黨員人數');
    expect(made).toContain("'zh-Hant'");
    expect(made.split('\n')[0]).toContain('../zh-Hans/x.ts');
  });

  it.each([
    ['美国制裁名单', '美國制裁名單'],
    ['涉港制裁', '涉港制裁'],
  ])('writes "sanction" as 制裁 after 国 and 港 too, where OpenCC alone makes 製裁: %s', (hans, hant) => {
    expect(traditionalSource(`export const x = '${hans}';\n`, 'x.ts')).toContain(`'${hant}'`);
  });

  it('is exactly what `npm run i18n:hant` makes from the Simplified edition', () => {
    for (const { fileName, source } of traditionalFiles())
      expect(readFileSync(join(TRADITIONAL_DIR, fileName), 'utf8'), `${fileName}: run npm run i18n:hant`).toBe(source);
  });
});
