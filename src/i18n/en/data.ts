/** The data area's words in English (see `wordsFor`). */
export const DATA = {};
