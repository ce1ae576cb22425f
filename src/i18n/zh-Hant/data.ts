// Made by `npm run i18n:hant` from ../zh-Hans/data.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The data area's words in Traditional Chinese. */
export const data: Translations['data'] = {};
