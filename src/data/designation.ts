import type { Source } from './source';

/** A person or entity named in a US sanctions action. People and entities are counted separately. */
export interface Designee {
  /** Name as written in the designating document (pinyin order: family name first). */
  name: string;
  kind: 'person' | 'entity';
}

/**
 * Which relatives an action bars with the people it names:
 * - `none`: nobody else (a Treasury asset block covers the person named, not their family);
 * - `spouse`: the spouse, named in the statement;
 * - `immediate-family`: "and their immediate family members", a term the statutes and the
 *   statements leave undefined (see the readings of "immediate family");
 * - `not-stated`: no family wording in the sources read.
 */
export type FamilyCoverage = 'none' | 'spouse' | 'immediate-family' | 'not-stated';

/** One round of designations: a single action on a single date under one programme. */
export interface DesignationRound {
  /** Stable identifier used in scenario files, e.g. `glomag-2020-07-09-xinjiang`. */
  id: string;
  /** Date of the action, `YYYY-MM-DD`. */
  date: string;
  designees: readonly Designee[];
  /** The relatives the action also bars from entry. */
  familyCovered: FamilyCoverage;
}

/**
 * How a designation round is described and where it is sourced, kept apart from the round so the
 * page loads it only when shown.
 */
export interface DesignationSourcing {
  /** Legal programme, e.g. "Global Magnitsky (E.O. 13818)". */
  programme: string;
  /** Short title for pickers. */
  title: string;
  source: Source;
  alsoSee?: Source[];
  /** What the sources say and where they disagree or are silent. */
  note: string;
  /** Each designee's position at the time of designation, as the source describes it, by name. */
  roles: Readonly<Record<string, string>>;
}
