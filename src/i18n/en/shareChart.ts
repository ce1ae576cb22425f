/** The share chart's words in English: apart from the other charts' words, so they download with its geometry (see `wordsFor`). */
export const SHARE_CHART = {
  basis: { population: "China's population", adults: "China's adults" },
  title: (basis: string) => `Share of ${basis} reached, by scope`,
  measure: (basis: string) => `Share of ${basis} reached`,
  axis: (measure: string) => `${measure} (median and 90% interval)`,
  summary: (label: string, share: string, basis: string) => `${label}: ${share} of ${basis}`,
  scale: (basis: string, end: string) => `as a share of ${basis}, on a scale from 0 to ${end}`,
  row: (label: string, share: string) => `${label}, ${share}`,
};
