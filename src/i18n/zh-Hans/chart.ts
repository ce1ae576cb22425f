import type { Translations } from '../translations';

/** The chart area's words in Simplified Chinese. */
export const chart: Translations['chart'] = {};
