/** The chart area's words in English (see `wordsFor`). */
export const CHART = {};
