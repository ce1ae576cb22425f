// Made by `npm run i18n:hant` from ../zh-Hans/report.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The report area's words in Traditional Chinese. */
export const report: Translations['report'] = {};
