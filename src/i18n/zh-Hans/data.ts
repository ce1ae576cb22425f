import type { Translations } from '../translations';

/** The data area's words in Simplified Chinese. */
export const data: Translations['data'] = {};
