// Made by `npm run i18n:hant` from ../zh-Hans/claims.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The claims area's words in Traditional Chinese. */
export const claims: Translations['claims'] = {};
