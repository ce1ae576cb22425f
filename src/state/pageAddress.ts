import { localeOf, withLocale } from '../i18n/locale';

/** The meta element a preset's own page names its preset's link in (`build/prerender.ts` writes it). */
export const PAGE_LINK_META = 'sanction-scope-link';

/**
 * The link the page is opened on: the address's query and fragment, or, at a preset's own page's
 * plain address, that preset's link as published (the page's `PAGE_LINK_META`); empty for the
 * default preset at the app's plain address. An address that only asks for a language
 * (`stop-ccp-act.html?lang=zh-Hans`) is the plain address in that language.
 */
export function pageAddress(): string {
  const address = location.search + location.hash;
  if (withLocale(address.replace(/^\?/, ''), 'en') !== '') return address;
  const published = document.querySelector(`meta[name="${PAGE_LINK_META}"]`)?.getAttribute('content') ?? '';
  const locale = localeOf(location.search);
  return locale === 'en' ? published : `?${withLocale(published.replace(/^\?/, ''), locale)}`;
}
