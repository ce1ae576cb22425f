import type { Source } from './source';

/**
 * How a catalogue value was obtained.
 * - `official`: printed in the cited source.
 * - `derived`: computed from official figures; the arithmetic is in `note`.
 */
export type FigureStatus = 'official' | 'derived';

/** The unit of a catalogue value. */
export type FigureUnit = 'people' | 'entities' | 'visits per year' | 'share';

/** One sourced number in the figures catalogue. */
export interface Figure {
  /** Stable identifier used in scenario files and links, e.g. `party-members-2019`. */
  id: string;
  /** Short label for tables and charts. */
  label: string;
  /** The value in `unit`; shares are 0-1. */
  value: number;
  unit: FigureUnit;
  /** The date the value refers to, `YYYY-MM-DD` (or `YYYY` when only the year is known). */
  asOf: string;
  status: FigureStatus;
  source: Source;
  /** Other sources that print the same value. */
  alsoSee?: Source[];
  /** Caveats, disagreements between sources, or the derivation. */
  note: string;
}
