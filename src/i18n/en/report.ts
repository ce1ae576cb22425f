/** The report area's words in English (see `wordsFor`). */
export const REPORT = {};
