/** Characters of a link's check code: a 32-bit hash in base 36, zero-padded. */
export const CHECKSUM_CHARS = 7;

/**
 * A link's check code (its `k` field): FNV-1a over the link's decoded key-value pairs, in order,
 * `k` itself and tracking parameters left out. It is computed over decoded text, so a link whose
 * escapes an app rewrote (`%7E` for `~`, `%20` for `+`) still checks, while a cut or an edited
 * link does not. It guards against accidents, not forgers: anyone can compute it, which is why
 * text a link's author wrote is always shown as theirs.
 *
 * @returns 7 characters, 0-9 and a-z
 */
export function linkChecksum(pairs: readonly (readonly [string, string])[]): string {
  const text = JSON.stringify(pairs);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(CHECKSUM_CHARS, '0');
}
