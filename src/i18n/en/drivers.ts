import { formatCount } from '../../format/formatCount';

/**
 * The words of the charts of what drives a scope's range (the histogram of its draws and the
 * tornado of its inputs) in English (see `wordsFor`): apart from the charts' other words, so they
 * download with those charts, when the reader opens their tab.
 */
export const DRIVERS = {
  histogram: {
    bin: (range: string, count: number) => `${range}: ${formatCount(count)} draws`,
    allIn: (value: string, count: number) => `${value}: all ${formatCount(count)} draws`,
    everyDraw: (value: string) => `Every draw: ${value}`,
    median: (value: string) => `Median ${value}`,
    band: (range: string) => [`90% of draws: ${range}`, `90%: ${range}`],
    axis: (binWidth: string | undefined) => (binWidth ? `People reached, in bins of ${binWidth}` : 'People reached'),
    heights: (count: number) => `Bar height: draws per bin, of ${formatCount(count)} draws`,
    noDraws: 'No draws to show.',
    allSame: (count: number, value: string) =>
      `All ${formatCount(count)} draws give the same number of people reached: ${value}.`,
    spread: (count: number, low: string, high: string) =>
      `Histogram of ${formatCount(count)} draws of people reached, from ${low} to ${high}.`,
    medianBand: (median: string, low: string, high: string) =>
      `Median ${median}; 90% of draws fall between ${low} and ${high} (the shaded band).`,
  },
  tornado: {
    low: 'Input at its low value',
    high: 'Input at its high value',
    base: 'Every input at its most likely value',
    baseLabel: (words: string, letters: string) => [
      `All inputs at their most likely: ${words}`,
      `Most likely: ${words}`,
      `Most likely: ${letters}`,
    ],
    axis: (log: boolean) => {
      const scale = log ? ', log scale' : '';
      return [
        `People reached${scale} (one input at its low or high value, the rest at their most likely)`,
        `People reached${scale}`,
      ];
    },
    noEffect: (inputs: string) => `No effect on this scope (under one person either way): ${inputs}.`,
    /** "202.6 million at 85%". */
    reachAt: (reach: string, value: string) => `${reach} at ${value}`,
    summary: (input: string, low: string, high: string, base: string) => `${input}: ${low}, ${high} (${base})`,
    exact: 'Every input of this scope is exact: there is nothing to vary.',
    onlyStill: (input: string, reach: string) =>
      `The only uncertain input, ${input}, does not change this scope's reach of ${reach} people.`,
    noneMove: (count: number, reach: string) =>
      `None of the ${count} uncertain inputs changes this scope's reach of ${reach} people.`,
    baseSentence: (reach: string) => `With every input at its most likely value the scope reaches ${reach} people.`,
    fromTo: (input: string, from: string, to: string) => `${input}, from ${from} to ${to}`,
    largest: (phrase: string) => `Moving one input at a time, the largest effect is ${phrase}.`,
    next: (phrases: string) => `Next: ${phrases}.`,
    more: (count: number) => `${count} more inputs move it less.`,
    still: (count: number) => `${count === 1 ? 'One input does' : `${count} inputs do`} not change it.`,
  },
};
