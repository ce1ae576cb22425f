/** The editor area's words in English (see `wordsFor`). */
export const EDITOR = {};
