import type { NumberLocale } from '../format/numberLocale';

/**
 * The page's editions: English (the default, and the page drawn at build time), and Chinese in
 * Simplified or Traditional characters, chosen by `lang=zh-Hans` or `lang=zh-Hant` in the link.
 * The language is how the page speaks, not what it says: it is kept out of the scenario and its
 * checksum, so the same link in any language gives the same numbers.
 */
export type Locale = NumberLocale;

/** Every edition, English first. */
export const LOCALES: readonly Locale[] = ['en', 'zh-Hans', 'zh-Hant'];

/** Each edition's name in its own language, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** The link's query key for the language. */
export const LANG_KEY = 'lang';

/**
 * The edition a link asks for: its `lang=` when that is one of `LOCALES` (letter case aside),
 * else English (an unknown language is reported by the link's reader, `readLink`).
 *
 * @param search the address's query, with or without "?"
 */
export function localeOf(search: string): Locale {
  const asked = new URLSearchParams(search).get(LANG_KEY)?.toLowerCase();
  return LOCALES.find((locale) => locale.toLowerCase() === asked) ?? 'en';
}

/**
 * A share link's query in an edition: `lang=` set (before a long link's "#" fragment), or removed
 * for English, everything else kept as it is.
 *
 * @param query the link's text after "?", perhaps with a "#…" fragment
 * @example withLocale('v=2&p=stop-ccp-act#c=abc', 'zh-Hans') // => 'v=2&p=stop-ccp-act&lang=zh-Hans#c=abc'
 */
export function withLocale(query: string, locale: Locale): string {
  const hashAt = query.indexOf('#');
  const [search, fragment] = hashAt < 0 ? [query, ''] : [query.slice(0, hashAt), query.slice(hashAt)];
  const kept = search.split('&').filter((pair) => pair !== '' && pair.split('=')[0]!.toLowerCase() !== LANG_KEY);
  if (locale !== 'en') kept.push(`${LANG_KEY}=${locale}`);
  return kept.join('&') + fragment;
}
