// Made by `npm run i18n:hant` from ../zh-Hans/share.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The share area's words in Traditional Chinese. */
export const share: Translations['share'] = {};
