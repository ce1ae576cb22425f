/**
 * The ages of a group, as representative ages with weights. Used to make relatives per member
 * age-aware: a 70-year-old member has adult children and few living parents; a 30-year-old has
 * young children and two living parents.
 */
export interface AgeProfile {
  id: string;
  label: string;
  /** Representative ages in years (18-100) with their shares of the group (shares sum to 1). */
  points: readonly { ageYears: number; share: number }[];
  /**
   * True for groups of senior officials. Cadres were held hardest to the one-child rule (a second
   * child could cost them their post), so their children of the one-child cohorts follow
   * `cadreChildrenOneChildEra` rather than the figure for all members.
   */
  cadres?: boolean;
}
