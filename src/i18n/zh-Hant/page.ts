// Made by `npm run i18n:hant` from ../zh-Hans/page.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The page area's words in Traditional Chinese. */
export const page: Translations['page'] = {};
