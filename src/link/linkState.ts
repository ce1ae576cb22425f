import type { Scenario } from '../scenario/scenario';

/** Which chart the page shows. */
export type ChartView = 'reach' | 'share';
/** What the share chart divides by. */
export type ShareBasis = 'population' | 'adults';

/** Everything a share link carries: enough to reproduce the page, numbers included. */
export interface LinkState {
  scenario: Scenario;
  /** The preset the scenario started from; null when built from scratch. */
  presetId: string | null;
  view: ChartView;
  shareBasis: ShareBasis;
  /** Ids of the reference lines shown on the reach chart. */
  shownReferenceIds: string[];
}

/** Version of the link format; bumped with a migration whenever old links would read differently. */
export const LINK_VERSION = 1;
/** Longest query string read: a 12-scope scenario with long labels stays well under this. */
export const MAX_LINK_LENGTH = 8000;
