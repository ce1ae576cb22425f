import type { Translations } from '../translations';

/** The page area's words in Simplified Chinese. */
export const page: Translations['page'] = {};
