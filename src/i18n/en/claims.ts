/** A claim's own text in another language, by claim id: English reads the claims file itself. */
export interface SaidWords {
  /** The quote's words, short, for the claim's row on the chart. */
  name: string;
  /** The whole quote, translated: shown beside the words as published, marked as a translation. */
  quote: string;
  who: string;
  /** Who and where, short, for the chart row: "Walter Lohman, The Daily Signal". */
  by: string;
  context: string;
  note?: string;
}

const FRACTIONS: Record<number, string> = {
  2: 'a half',
  3: 'a third',
  4: 'a quarter',
  5: 'a fifth',
  6: 'a sixth',
  10: 'a tenth',
};

/** The claims area's words in English (see `wordsFor`). */
export const CLAIMS = {
  /** Each claim's text in this language, by claim id; English has none and shows the file's. */
  said: {} as Record<string, SaidWords>,
  /** A claim's date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: (when: string) => when,
  translated: '',
  /** A chart row's source: "Matador Network, 2020". */
  byYear: (by: string, year: string) => `${by}, ${year}`,

  // The Claims tab.
  fileProblem: (problems: string) => `The claims file could not be read: ${problems}`,
  presetProblem: (error: string) =>
    `The scenarios the claims are tested against could not be downloaded (${error}); reload the page to try again.`,
  checking: 'Checking the claims…',
  /** Who made a claim and when, with the space before what follows. */
  whoWhen: (who: string, when: string) => `${who}, ${when}. `,
  source: 'Source: ',
  stop: '.',
  claimedLabel: 'Claimed',
  verdictLabel: 'Verdict',
  claimedLine: (claimed: string, reading: string) => `${claimed}. ${reading}`,
  eachReading: (year: number) => `Under each reading (${year})`,
  whoCounts: 'Who counts',
  modelColumn: 'Model: median (90% interval)',
  ownReading: "(the measure's own)",
  openTest: 'Open the scenario that tests this claim',
  summary: {
    supported: 'Supported',
    'depends-on-reading': 'Depends on the reading',
    'not-supported': 'Not supported',
    'too-high': 'Too high',
    'too-low': 'Too low',
  },

  // A verdict under one reading.
  supported: 'supported',
  tooHigh: 'too high',
  tooLow: 'too low',
  /** A verdict with how far off it is: "too high (1.4×)". */
  withFactor: (verdict: string, factor: string) => `${verdict} (${factor})`,
  times: (factor: string) => `${factor}×`,
  outside: 'outside the whole interval',
  model: (subject: string, interval: string) => `The model puts ${subject} at ${interval}`,
  reason: (model: string, comparison: string) => `${model}; ${comparison}.`,
  aboveAll: (claim: string) => `${claim} is above its whole 90% interval`,
  timesMedian: (claim: string, factor: string) => `${claim} is ${factor} times the median`,
  highEvenLow: (claim: string, low: string, factor: string) =>
    `${claim} is too high: even its low end, ${low}, is ${factor} times the median`,
  belowAll: (claim: string) => `${claim} is below its whole 90% interval`,
  lowTimes: (claim: string, factor: string) => `${claim} is too low: the median is ${factor} times it`,
  lowEvenHigh: (claim: string, high: string, factor: string) =>
    `${claim} is too low: the median is ${factor} times even its high end, ${high}`,
  within: (claim: string) => `${claim} lies within its 90% interval`,
  includes: (claim: string) => `${claim} includes its whole 90% interval`,
  overlaps: (claim: string) => `${claim} overlaps its 90% interval`,

  // What the model's number is of.
  readingAs: (scope: string, reading: string) => `${scope}, reading the family as ${reading}`,
  ofPopulation: (who: string) => `${who} as a share of China's population`,
  ofAdults: (who: string) => `${who} as a share of China's adults`,
  membersOnly: (who: string) => `${who}, counting members only`,
  countriesAsLarge: (who: string) => `the countries with at least as many people as ${who}`,
  countries: (count: string, n: number) => `${count} ${n === 1 ? 'country' : 'countries'}`,

  // The verdict across readings.
  withNumber: (reading: string, value: string) => `${reading}: ${value}`,
  /** Between the sentences of a verdict's summary. */
  sentenceSep: ' ',
  listSep: '; ',
  listAnd: '; and ',
  ownVerdict: (reading: string, how: string) => `Under the measure's own reading, ${reading}: ${how}.`,
  alsoMatches: (n: number, readings: string) => `It matches ${n === 1 ? 'the reading' : 'the readings'} ${readings}.`,
  noOther: 'No other reading supports it either.',
  everyReading: (smallest: string, largest: string) => `Supported under every reading, from ${smallest} to ${largest}.`,
  dependsOn: (readings: string) => `Depends on who counts: it matches ${readings}.`,
  /** The nearest of the readings a claim is too high (or too low) for. */
  missed: (high: boolean, n: number, nearest: string) =>
    `${n === 1 ? `Too ${high ? 'high' : 'low'} for one reading,` : `Too ${high ? 'high' : 'low'} for ${n} readings; the nearest is`} ${nearest}.`,
  between: (below: string, above: string, high: number, low: number) => {
    const count = (n: number) => `${n} ${n === 1 ? 'reading' : 'readings'}`;
    return `No reading gives it: it lies between ${below}, and ${above}. Too high for ${count(high)}, too low for ${count(low)}.`;
  },
  highEvery: (widest: string) => `Too high under every reading: even the widest, ${widest}.`,
  lowEvery: (narrowest: string) => `Too low under every reading: even the narrowest, ${narrowest}.`,

  // How a hedge was read.
  fraction: (denominator: number) => FRACTIONS[denominator] ?? `1/${denominator}`,
  about: (value: string, step: string, range: string) =>
    `"About" ${value}: any value that rounds to it at its last stated digit (${step}): ${range}.`,
  upTo: (value: string, range: string) =>
    `"Up to" ${value}: the most the measure could reach, and a number that rounds to it: ${range}.`,
  nearly: (value: string, step: string, range: string) =>
    `"Nearly" ${value}: just short of it, within ${step}: ${range}.`,
  /** "A quarter": the fraction, the next smaller and the next larger, and the range. */
  aFraction: (fraction: string, smaller: string, larger: string, range: string) =>
    `"${fraction[0]!.toUpperCase() + fraction.slice(1)}": any share nearer ${fraction} than ${smaller} or ${larger}: ${range}.`,
  upToFraction: (fraction: string, smaller: string, range: string) =>
    `"Up to ${fraction}": nearer ${fraction} than ${smaller}, and no more than ${fraction}: ${range}.`,
  atMost: (value: string, range: string) => `At most ${value}: ${range}.`,
  asStated: (range: string) => `As stated: ${range}.`,
};
