/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null), read through any
 * `$state` proxy, so a `$derived` of it tracks every field. What `$state.snapshot` gives for such
 * data, without its `structuredClone` of every string and number: for twelve scopes with long
 * names that took most of a keystroke's frame (about 30 ms in Chromium on a slow machine).
 */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = plainCopy(field);
  return copy as T;
}
