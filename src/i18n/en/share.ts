/** The share area's words in English (see `wordsFor`). */
export const SHARE = {};
