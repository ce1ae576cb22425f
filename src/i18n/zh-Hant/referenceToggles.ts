// Made by `npm run i18n:hant` from ../zh-Hans/referenceToggles.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The reference lines' toggles' words in Traditional Chinese. */
export const referenceToggles: Translations['referenceToggles'] = {
  referencesLegend: '參照線',
  reference: (label, people) => (/[)）]$/.test(label) ? `${label}，${people}` : `${label}（${people}）`),
};
