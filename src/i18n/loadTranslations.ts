import type { Locale } from './locale';
import { useTranslations } from './wordsFor';

/**
 * Downloads an edition's words and makes them the page's (`useTranslations`); English is already
 * at hand. Called before the page is drawn, so nothing is drawn in one language and redrawn in another.
 */
export async function loadTranslations(locale: Locale): Promise<void> {
  if (locale === 'en') return;
  const { TRANSLATIONS } =
    locale === 'zh-Hans' ? await import('./zh-Hans/translations') : await import('./zh-Hant/translations');
  useTranslations(locale, TRANSLATIONS);
}
