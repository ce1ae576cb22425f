/** The claims area's words in English (see `wordsFor`). */
export const CLAIMS = {};
