import type { Range } from '../model/range';

/** One `key=value` of a link, decoded. */
export type LinkPair = readonly [key: string, value: string];

/**
 * Low-level pieces of the link format. A query value is a list of fields separated by `_`, each
 * `key~value`; lists inside a value are separated by `.`, and a range is `low-mode-high` (or one
 * number when exact). Numbers are plain decimals: never exponents, whose "-" would read as a range.
 */

/**
 * A number as a plain decimal string that reads back to exactly the same number.
 * @example formatLinkNumber(1.5e-7) // => "0.00000015"
 */
export function formatLinkNumber(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  const [mantissa, exponentText] = text.split('e') as [string, string];
  const negative = mantissa.startsWith('-');
  const unsigned = negative ? mantissa.slice(1) : mantissa;
  const [whole, fraction = ''] = unsigned.split('.') as [string, string?];
  const digits = whole + fraction;
  // Where the decimal point falls in `digits` once the exponent is applied.
  const pointAt = whole.length + Number(exponentText);
  const plain =
    pointAt <= 0
      ? `0.${'0'.repeat(-pointAt)}${digits}`
      : pointAt >= digits.length
        ? digits + '0'.repeat(pointAt - digits.length)
        : `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return (negative ? '-' : '') + plain;
}

/** Reads a plain non-negative decimal; undefined for anything else (exponents, signs, text). */
export function parseLinkNumber(text: string): number | undefined {
  if (!/^\d{1,25}(\.\d{1,400})?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function formatLinkRange({ low, mode, high }: Range): string {
  return low === mode && mode === high
    ? formatLinkNumber(low)
    : `${formatLinkNumber(low)}-${formatLinkNumber(mode)}-${formatLinkNumber(high)}`;
}

export function parseLinkRange(text: string): Range | undefined {
  const parts = text.split('-').map(parseLinkNumber);
  if (parts.some((part) => part === undefined)) return undefined;
  if (parts.length === 1) return { low: parts[0]!, mode: parts[0]!, high: parts[0]! };
  if (parts.length === 3) return { low: parts[0]!, mode: parts[1]!, high: parts[2]! };
  return undefined;
}

/** Free text inside a field: the separators `_` and `~` (and `%`) are escaped. */
export function escapeFieldText(text: string): string {
  return text.replace(/[%_~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function unescapeFieldText(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Fields of one query value, in order; an empty value has no fields. */
export function splitFields(value: string): { key: string; value: string }[] {
  if (value === '') return [];
  return value.split('_').map((field) => {
    const at = field.indexOf('~');
    return at < 0 ? { key: field, value: '' } : { key: field.slice(0, at), value: field.slice(at + 1) };
  });
}

export function joinFields(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([key, value]) => (value === '' && /^\d+$/.test(key) ? key : `${key}~${value}`)).join('_');
}

/**
 * A query string from ordered pairs. Like encodeURIComponent, but also escapes the characters
 * chat apps and social sites treat as the end of a link or rewrite (`!'()*`), and writes spaces
 * as `+` so labels stay readable.
 */
export function buildQuery(pairs: readonly LinkPair[]): string {
  const encode = (text: string) =>
    encodeURIComponent(text)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, '+');
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

/**
 * A query string's pairs, decoded, in order (as `URLSearchParams` reads them), and whether it
 * ends with a separator: a link cut just after a "&" still has its last pair whole.
 */
export function parsePairs(text: string): { pairs: LinkPair[]; endsWithSeparator: boolean } {
  return { pairs: [...new URLSearchParams(text)], endsWithSeparator: text.endsWith('&') };
}
