import type { Translations } from '../translations';

/** The editor area's words in Simplified Chinese. */
export const editor: Translations['editor'] = {};
