import type { Translations } from '../translations';

/** The claims area's words in Simplified Chinese. */
export const claims: Translations['claims'] = {};
