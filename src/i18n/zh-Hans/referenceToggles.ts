import type { Translations } from '../translations';

/** The reference lines' toggles' words in Simplified Chinese. */
export const referenceToggles: Translations['referenceToggles'] = {
  referencesLegend: '参照线',
  reference: (label, people) => (/[)）]$/.test(label) ? `${label}，${people}` : `${label}（${people}）`),
};
