/** The embed's own words in English (see `wordsFor`): only the embed downloads them. */
export const EMBED = {
  details: 'Details',
  open: 'Open in Sanction Scope',
  unreadable: "Parts of this chart's link could not be read; the preset's values are shown for them.",
  acrossReadings: (label: string, range: string, count: number, words: string) =>
    `${label}: ${range} across ${count} readings of “${words}”.`,
};
