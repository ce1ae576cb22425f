import type { Range } from '../model/range';
import type { Source } from './source';

/**
 * An input that is not a count from an official table: a range (low, most likely, high) with the
 * reasoning behind it and the sources that reasoning rests on.
 */
export interface Assumption<Key extends string = string> {
  key: Key;
  /** Short label for tables, forms and the tornado chart. */
  label: string;
  /** Unit of the range, e.g. "share of members (0-1)" or "persons". */
  unit: string;
  range: Range;
  /** Why this range: what the sources say and how the values follow from them. */
  rationale: string;
  sources: readonly Source[];
}
