import type { Translations } from '../translations';

/** The share area's words in Simplified Chinese. */
export const share: Translations['share'] = {};
