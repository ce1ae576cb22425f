import type { LinkPair } from './linkText';

/**
 * The compact form of a long link: its key-value pairs as UTF-8, in base64url, in the address's
 * fragment (after "#"). A Chinese character costs 9 characters percent-encoded in a query and
 * 4 here; a fragment is never sent to the server, so no server limit applies to it either.
 *
 * Inside, pairs are written `key=value` joined by `&`, with only `% & = + #` escaped, and read
 * back with the query parser: the same pairs, the same checks.
 */
export function toCompactLink(pairs: readonly LinkPair[]): string {
  const escape = (text: string) =>
    text.replace(/[%&=+#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const text = pairs.map(([key, value]) => `${escape(key)}=${escape(value)}`).join('&');
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The pairs' text from a compact link's fragment, as much of it as arrived: a cut fragment gives
 * the text up to the cut (its last character possibly U+FFFD), which the link's check code then
 * reports. Undefined when the fragment holds characters base64url does not use.
 */
export function fromCompactLink(fragment: string): string | undefined {
  const blob = fragment.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(blob)) return undefined;
  // A lone character past the last whole group carries less than a byte.
  const usable = blob.length % 4 === 1 ? blob.slice(0, -1) : blob;
  const binary = atob(usable.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
