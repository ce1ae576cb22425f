/** The page area's words in English (see `wordsFor`). */
export const PAGE = {};
