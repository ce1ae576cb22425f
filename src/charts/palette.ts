/**
 * The Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008): eight colours that stay
 * distinct for the common kinds of colour blindness. https://jfly.uni-koeln.de/color/
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
} as const;

/**
 * What each colour in the charts means. The reach chart's marks differ by shape as well as colour
 * (a filled dot at the median, an open diamond at the people sanctioned directly), so they stay
 * apart in greyscale; every text colour has a contrast of at least 4.5:1 on `paper` and every mark
 * at least 3:1 (checked in `test/charts/palette.test.ts`).
 */
export const PALETTE = {
  /** Background of the charts. */
  paper: '#ffffff',
  /** Text: row names, value labels, tick labels (the app's `--ink`). */
  ink: '#1d2733',
  /** Secondary text and reference lines (the app's `--muted`). */
  muted: '#56606c',
  /** Gridlines: decoration only, never the only carrier of meaning. */
  grid: '#e3e7eb',
  /** The reach chart's marks: the median's dot, and the outline of the people sanctioned directly. */
  core: OKABE_ITO.blue,
  /** The share-of-population bars. */
  share: OKABE_ITO.bluishGreen,
  /** The 90% interval's whiskers. */
  interval: '#1d2733',
  /** Dashed reference lines. */
  reference: OKABE_ITO.reddishPurple,
  /** A claim from public debate: the outline of the range its words allow. */
  claim: OKABE_ITO.vermillion,
  /** Text of reference labels: darker than the line, for text contrast. */
  referenceText: '#8a3a6a',
} as const;
