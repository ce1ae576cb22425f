/** A public document a figure or assumption is taken from. */
export interface Source {
  /** Human-readable title, e.g. "Treasury press release sm1055". */
  title: string;
  /** Public URL of the document (or of a faithful mirror, flagged in `title`). */
  url: string;
}
