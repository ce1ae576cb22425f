// Made by `npm run i18n:hant` from ../zh-Hans/chart.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The chart area's words in Traditional Chinese. */
export const chart: Translations['chart'] = {};
