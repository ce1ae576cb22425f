import type { Scenario } from '../scenario/scenario';
import type { CHART_VIEWS, SHARE_BASES } from './viewWords';

/** Which chart the page shows. */
export type ChartView = (typeof CHART_VIEWS)[number];
/** What the share chart divides by: all of China's population, or only its adults (18+). */
export type ShareBasis = (typeof SHARE_BASES)[number];

/** Everything a share link carries: enough to reproduce the page, numbers included. */
export interface LinkState {
  scenario: Scenario;
  /** The preset the scenario started from; null when built from scratch. */
  presetId: string | null;
  view: ChartView;
  shareBasis: ShareBasis;
  /** Ids of the reference lines shown on the reach chart. */
  shownReferenceIds: string[];
  /** Whether the reach chart draws the claims made in public debate about the preset (true unless hidden). */
  showClaims: boolean;
}

/** Version of the link format; bumped with a migration whenever old links would read differently. */
export const LINK_VERSION = 2;
/**
 * Longest link text read (query and fragment), in characters. Every scenario the app can hold,
 * twelve scopes with every text field at its longest included, encodes shorter (a test checks
 * the worst case), so the app never writes a link it would refuse.
 */
export const MAX_LINK_LENGTH = 400_000;
/**
 * Longest link written in the readable query form whatever its compact form's length: links this
 * short pass whole through chat apps, mail clients and old servers (2,083 was Internet Explorer's
 * limit). The editor warns beyond it.
 */
export const QUERY_FORM_MAX_CHARS = 2000;
