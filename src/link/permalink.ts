import { publishedPresetId } from './publishedPresetId';

/**
 * The link that reproduces the page: the app's address with the share query, or, for a preset as
 * published, its own page (whose preview in a chat app carries its finding) with the query kept all
 * the same, so it still names the figures its numbers come from.
 *
 * @param query the share link's query, without "?" (`ScenarioState.loadedQuery`)
 * @param pageHref the page's address (`location.href`), which the link is made relative to
 * @example permalink('v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq', 'https://example.org/scope/')
 * // => 'https://example.org/scope/stop-ccp-act.html?v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq'
 */
export function permalink(query: string, pageHref: string): string {
  const presetPage = publishedPresetId(query);
  return new URL(`./${presetPage ? `${presetPage}.html` : ''}?${query}`, pageHref).href;
}
