import { CATALOGUE_VERSION } from '../data/catalogue';

/** What a link to a preset as published carries: its format, the preset, the figures version and the check code. */
const PUBLISHED_KEYS = 'cv,k,p,v';

/**
 * The preset a link shows as published, with the current figures and the view its own page opens
 * on; null when the link changes anything. A link carries only what differs from its preset and
 * the page's defaults (`encodeLink`), so such a link is the format, the preset, the figures version
 * and the check code, nothing else (`test/link/publishedPresetId.test.ts` holds every preset to it).
 *
 * @param query a link's query, without "?"
 * @example publishedPresetId('v=2&p=stop-ccp-act&cv=20261126&k=1sq8vsq') // => 'stop-ccp-act'
 */
export function publishedPresetId(query: string): string | null {
  const params = new URLSearchParams(query);
  const published =
    [...params.keys()].sort().join() === PUBLISHED_KEYS && params.get('cv') === CATALOGUE_VERSION.replaceAll('-', '');
  return published ? params.get('p') : null;
}
