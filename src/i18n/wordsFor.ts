import type { Locale } from './locale';
import type { Translations } from './translations';

/**
 * The words of the page's edition, one area at a time. Each area's English words live in
 * `src/i18n/en/<area>.ts` and are imported by the code that says them, so they travel in that
 * code's own file and English pays only these lookups for the other editions (measured in the
 * README's "Chinese edition"); a Chinese edition's words are downloaded once, before the link is
 * read and the page drawn (`loadTranslations`), and set here.
 *
 * The edition is set once per page load, before anything is drawn (switching language reloads
 * the page), so reading it here is like reading a setting: functions that write text take no
 * language parameter and stay deterministic for a given edition.
 */
let locale: Locale = 'en';
let translations: Partial<Translations> = {};

/**
 * An area's words in the page's edition.
 *
 * @param area the area's key in `Translations`
 * @param english the area's English words (`src/i18n/en/<area>.ts`), said when no translation is set
 */
export function wordsFor<Area extends keyof Translations>(area: Area, english: Translations[Area]): Translations[Area] {
  return translations[area] ?? english;
}

/** The page's edition. */
export function currentLocale(): Locale {
  return locale;
}

/**
 * Sets the page's edition and its words: before the page is drawn, or in a test (which sets
 * English back after).
 */
export function useTranslations(next: Locale, words: Partial<Translations>): void {
  locale = next;
  translations = next === 'en' ? {} : words;
}
