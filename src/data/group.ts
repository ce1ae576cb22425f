/** A group of people in the catalogue whose size is known from official figures. */
export interface CatalogueGroup {
  /** Stable identifier used in scenario files, e.g. `party-members`. */
  id: string;
  label: string;
  description: string;
  /** For each year the group can be used in, the catalogue figures whose values add up to its size. */
  sizeFigureIdsByYear: Readonly<Record<number, readonly string[]>>;
  /** The age profile used for relatives per member. */
  ageProfileId: string;
  /** Year-specific age profiles, where a newer published one exists. */
  ageProfileIdByYear?: Readonly<Record<number, string>>;
}
