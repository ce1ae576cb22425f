import type { Source } from './source';

/**
 * How a catalogue value was obtained.
 * - `official`: printed in the cited source.
 * - `derived`: computed from official figures; the arithmetic is in its sourcing's `note`.
 * - `estimate`: an outside estimate, not a count (its sourcing's `note` gives the range of estimates).
 */
export type FigureStatus = 'official' | 'derived' | 'estimate';

/** The unit of a catalogue value. */
export type FigureUnit = 'people' | 'entities' | 'visits per year' | 'share';

/**
 * One number in the figures catalogue, as the model and the charts use it. Where it comes from is
 * its `FigureSourcing`, kept in `figureSources.ts` under the same id: the page downloads those
 * only when the reader opens the figures table.
 */
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
}

/** Where a catalogue figure comes from. */
export interface FigureSourcing {
  source: Source;
  /** Other sources that print the same value. */
  alsoSee?: Source[];
  /** The source's words, caveats, disagreements between sources, or the derivation. */
  note: string;
}
