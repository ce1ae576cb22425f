/** The page area's words in English (see `wordsFor`): the page's frame, masthead and card. */
export const PAGE = {
  /** The card's tabs, by id. */
  tabs: {
    chart: 'Chart',
    table: 'Table',
    claims: 'Claims',
    drivers: 'What drives it',
    assumptions: 'Assumptions',
    sources: 'Sources',
  },
  /** The tab list's accessible name. */
  tabsLabel: 'Views of this scenario',
  skip: 'Skip to the finding',
  lede: 'If a government sanctions this group of people, how many people does it actually reach?',
  /** The picker's label. */
  scenario: 'Scenario',
  scratch: 'Start from scratch',
  history: 'Edit history',
  undo: 'Undo',
  redo: 'Redo',
  /** The language switch's accessible name. */
  language: 'Language',
  presetProblem: (error: string) => `That scenario could not be downloaded (${error}); try again, or reload the page.`,
  /** The link notice's code could not be downloaded. */
  noticeProblem:
    'Parts of this link could not be used, and the note saying which could not be loaded: reload the page to see it.',
  estimateProblem: (problem: string) =>
    `These numbers are for the scenario before your last change: the model could not estimate it (${problem}).`,
  estimatePending: 'Updating the numbers for your change…',
  /** The result beside the editors. */
  live: 'The result as you edit',
  updating: 'Updating…',
  sourcesHeading: 'Sources for this scenario',
  methodHeading: "Method and every figure's source",
  /** The card's credit line, between the upstream credit and the run's description. */
  credit: (version: string) => `Every figure’s source is under Sources. Model: Sanction Scope ${version};`,
  loadProblem: (error: string) => `This part of the page could not be loaded (${error}); reload the page to try again.`,
  editScope: 'Edit a scope:',
  /** The chart's view controls. */
  show: 'Show',
  reach: 'People reached',
  share: 'Share of China',
  shareOf: 'Share of',
  population: 'its whole population',
  adults: 'its adults (18+)',
  fullScale: 'Full 0–100% scale',
  claims: (count: number) => `Claims from public debate (${count})`,
  references: (count: number) => `Reference lines (${count} chosen)`,
  /** Above an edited scenario's description. */
  byAuthor: 'Description by whoever made this link:',
  aboutPreset: 'About the preset:',
  /** A disclosure's body that downloads when opened (`LazyDetails`). */
  loading: 'Loading…',
  partProblem: (error: string) => `This part of the page could not be loaded (${error}).`,
  tryAgain: 'Try again',
};
