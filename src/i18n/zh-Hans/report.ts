import type { Translations } from '../translations';

/** The report area's words in Simplified Chinese. */
export const report: Translations['report'] = {};
