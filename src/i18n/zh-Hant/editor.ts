// Made by `npm run i18n:hant` from ../zh-Hans/editor.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The editor area's words in Traditional Chinese. */
export const editor: Translations['editor'] = {};
