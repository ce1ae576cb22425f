/** The embed's own words in English (see `wordsFor`): only the embed downloads them. */
export const EMBED = {
  details: 'Details',
  open: 'Open in Sanction Scope',
  unreadable: "Parts of this chart's link could not be read; the preset's values are shown for them.",
  /** A link made with another figures catalogue: its numbers are the current one's (`EmbedChart.olderCatalogue`). */
  olderCatalogue: (older: string, current: string) =>
    `This chart's link was made with figures catalogue ${older}; its numbers use the current one, ${current}, and may differ from what its author saw.`,
  acrossReadings: (label: string, range: string, count: number, words: string) =>
    `${label}: ${range} across ${count} readings of “${words}”.`,
};
