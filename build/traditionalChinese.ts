/**
 * The Traditional Chinese edition is made from the Simplified one, so the two never drift apart:
 * `npm run i18n:hant` rewrites `src/i18n/zh-Hant/` from `src/i18n/zh-Hans/`, converting the
 * characters with OpenCC (Simplified to Traditional, Taiwan's standard characters, without
 * rewording phrases: the official names are the Party's own) and then the glossary's official
 * names to their Traditional forms as the glossary gives them. A unit test
 * (`test/build/traditionalChinese.test.ts`) fails when a file there is not what this makes.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { GLOSSARY } from '../src/i18n/glossary';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SIMPLIFIED_DIR = join(ROOT, 'src/i18n/zh-Hans');
export const TRADITIONAL_DIR = join(ROOT, 'src/i18n/zh-Hant');

let convert: ((text: string) => string) | undefined;

/**
 * A Simplified Chinese words file as its Traditional twin: the characters converted, the
 * glossary's names in their own Traditional forms, `zh-Hans` and "Simplified" in the code and its
 * comments made `zh-Hant` and "Traditional", and a first line saying it is made, not written.
 */
export function traditionalSource(simplified: string, fileName: string): string {
  convert ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  let text = convert(simplified);
  for (const entry of GLOSSARY) text = text.replaceAll(convert(entry.hans), entry.hant);
  // OpenCC reads 国制 and 港制 as phrases ("made in"), turning 美国制裁 and 涉港制裁 into 製裁;
  // "sanction" is 制裁 in both scripts, and 製裁 is no word.
  text = text.replaceAll('製裁', '制裁');
  text = text.replaceAll('zh-Hans', 'zh-Hant').replaceAll('Simplified Chinese', 'Traditional Chinese');
  return `// Made by \`npm run i18n:hant\` from ../zh-Hans/${fileName}: edit that file, not this one.\n${text}`;
}

/** Every file of the Simplified edition and what its Traditional twin should be. */
export function traditionalFiles(): { fileName: string; source: string }[] {
  return readdirSync(SIMPLIFIED_DIR)
    .filter((fileName) => fileName.endsWith('.ts'))
    .sort()
    .map((fileName) => ({
      fileName,
      source: traditionalSource(readFileSync(join(SIMPLIFIED_DIR, fileName), 'utf8'), fileName),
    }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(TRADITIONAL_DIR, { recursive: true });
  for (const { fileName, source } of traditionalFiles()) writeFileSync(join(TRADITIONAL_DIR, fileName), source);
  console.log(`wrote ${TRADITIONAL_DIR}`);
}
