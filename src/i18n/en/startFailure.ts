/**
 * The words of a page that could not start (`showStartFailure`), in English, an area of their own:
 * the page's script says them, and it must not carry the live page's words with it.
 */
export const START_FAILURE = {
  /** How the page is named in the message: the app, or an embedded chart. */
  names: { app: 'Sanction Scope', chart: 'This chart' },
  failed: (pageName: string) => `${pageName} could not load.`,
  advice: 'Part of the page failed to download. Check your connection and retry: the scenario in the address is kept.',
  details: (detail: string) => `Details: ${detail}`,
  retry: 'Retry',
};
