/**
 * A share link is the page's address plus the query. The address depends on the host, so the
 * budget counts the query plus this allowance: `https://` and a 30-character host and path.
 */
export const LINK_ADDRESS_ALLOWANCE_CHARS = 40;

/** The share link's length on a typical host, for a query (without its "?"). */
export function shareLinkChars(query: string): number {
  return LINK_ADDRESS_ALLOWANCE_CHARS + query.length;
}
