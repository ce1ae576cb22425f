/** What could not be read from a link (`LinkNotice`), in English: apart from the page's words, so they download with the notice (see `wordsFor`). */
export const NOTICE = {
  unused: 'Parts of this link could not be used.',
  /** After `unused`, with its space. */
  rest: ' Everything else in it is shown as it was shared.',
  known: (older: string, current: string, shown: string) =>
    `This link was made with figures catalogue ${older}; the current one is ${current}. The numbers below use catalogue ${shown}.`,
  showOlder: (older: string) => `Show the numbers as they were (${older})`,
  showCurrent: 'Show them with current figures',
  unknown: (older: string, current: string) =>
    `This link was made with figures catalogue ${older}. This version of Sanction Scope has catalogue ${current}, whose figures, model or presets changed since and cannot show that one, so the numbers below are today's and may differ from what the link's author saw.`,
  dismiss: 'Dismiss',
};
