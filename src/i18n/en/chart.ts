const NUMBER_WORDS = 'No One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve'.split(' ');

/**
 * The charts' words in English (see `wordsFor`): titles, keys, labels and each chart in words for
 * its `<desc>`. Numbers arrive written in the edition's style by the geometry (`currentLocale`),
 * except counts of draws and scopes, which the words write.
 */
export const CHART = {
  /** The key's accessible name. */
  key: 'Key',
  /** Between the items of a list in a sentence, and between sentences. */
  list: '; ',
  sentences: ' ',
  rows: {
    median: (measure: string) => `${measure} (median)`,
    interval: '90% interval',
    core: 'People sanctioned directly',
    ghost: "The preset's value, before your changes",
    reference: 'Population for comparison',
    claim: 'A claim from public debate: the range its words allow',
    /** Reference lines' labels in full: "Germany: 83,516,593 people, as of 2024". */
    referenceFull: (name: string, count: string, asOf: string) => `${name}: ${count} people, as of ${asOf}`,
    noScopes: 'No scopes to show.',
    /** "Seven scopes on a log scale …": the count in words to twelve. */
    scopesOn: (count: number, scale: string) =>
      `${NUMBER_WORDS[count] ?? String(count)} scope${count === 1 ? '' : 's'} ${scale}.`,
    one: (row: string) => `${row}.`,
    smallest: (row: string) => `Smallest: ${row}.`,
    largest: (row: string) => `Largest: ${row}.`,
    bracketed: 'Ranges in brackets are 90% intervals.',
  },
  reach: {
    measure: 'People reached',
    axisLog: ['People reached (log scale: each gridline is 10 times the one before)', 'People reached (log scale)'],
    axisLinear: ['People reached (linear scale, from 0)', 'People reached'],
    /** A reach in words: "4 people", "1 person", "about 204 million people (196–212 million)". */
    exact: (count: string) => `${count} ${count === '1' ? 'person' : 'people'}`,
    about: (median: string, range?: string) => `about ${median} people${range ? ` (${range})` : ''}`,
    approx: (median: string, range?: string) => `≈ ${median}${range ? ` (${range})` : ''}`,
    changed: (change: string) => `; ${change} on the preset`,
    changedFrom: (change: string, origin: string) => `; ${change} on the preset's ${origin}`,
    /** ", 51% of them covered relatives"; the percentage as "51", ">99" or "<1". */
    relatives: (percent: string) => `, ${percent}% of them covered relatives`,
    rowInWords: (label: string, reach: string, share: string) => `${label}, ${reach}, ${share} of China's population`,
    logScale: (population: string) => `on a log scale from 1 person to China's population of ${population}`,
    linearScale: (end: string) => `on a linear scale from 0 to ${end} people`,
    references: (lines: string) => `Reference lines: ${lines}.`,
    reference: (name: string, value: string) => `${name}, ${value}`,
    claims: (claims: string) => `Claims from public debate, each under the scope it speaks of: ${claims}.`,
  },
};
