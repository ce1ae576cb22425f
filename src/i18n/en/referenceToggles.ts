/** The reference lines' toggles' words in English (see `wordsFor`): they download with the toggles. */
export const REFERENCE_TOGGLES = {
  referencesLegend: 'Reference lines',
  /** A reference line's checkbox: "Germany (83.5 million)"; a label that ends in brackets gets a comma. */
  reference: (label: string, people: string) => (label.endsWith(')') ? `${label}, ${people}` : `${label} (${people})`),
};
