/**
 * Whose figures the estimates rest on, in a sentence: on the card and in every citation. A module
 * of its own, so the card's footer does not bring the citation code into the page's first chunk.
 */
export const UPSTREAM_CREDIT =
  'Data: the Communist Party of China’s membership bulletins, China’s census and national statistics, and the US Treasury’s and State Department’s designations.';
