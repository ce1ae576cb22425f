import { formatCount } from '../../format/formatCount';
import { formatPeopleInterval } from '../../format/formatPeople';

/** A list of a link's keys as notices quote them: “a”, “b”. */
const quoted = (keys: readonly string[]) => keys.map((key) => `“${key}”`).join(', ');

/** Names of a link's parts, by key, for notices: "cut short inside its title". */
const PARTS: Record<string, string> = {
  v: 'format version',
  p: 'preset',
  t: 'title',
  d: 'description',
  seed: 'seed',
  n: 'number of draws',
  view: 'choice of chart',
  basis: 'share basis',
  ref: 'reference lines',
  a: 'changed assumptions',
  ns: 'number of scopes',
  cv: 'figures version',
};

/** A scope's fields, by the link's key, for notices: "the name of scope 3". */
const FIELDS: Record<string, string> = {
  l: 'name',
  c: 'share meeting the legal test',
  w: 'waiver share',
  ds: 'description',
  f: 'family rule',
  ft: 'undefined word for family',
  i: 'measures',
  vb: 'visa ban exposure',
  ab: 'asset block exposure',
  b: 'base group',
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/** The share area's words in English (see `wordsFor`). */
export const SHARE = {
  // The share bar.
  /** The share bar's group label. */
  bar: 'Share and export',
  copyLink: 'Copy link',
  embed: 'Embed',
  imageSize: 'Image size',
  svg: 'Download SVG',
  png: 'Download PNG',
  csv: 'Download CSV',
  json: 'Download JSON',
  cite: 'Cite',
  print: 'Print',
  saveHtml: 'Save as one HTML file',
  /** The export sizes, by `ExportSize['id']`, as the size picker says them. */
  sizes: {
    article: 'Article chart, 850 × 600',
    social: 'Social card, 1200 × 630',
    square: 'Square card, 1080 × 1080',
    print: 'Print column, 624 px (6.5 in) wide',
  },
  /** What is downloaded on first use, for the message when it could not be (`LazyComponent`). */
  embedDialog: 'the embed dialog',
  citation: 'the citation',
  printLayout: 'the print layout',
  saved: 'Saved as one HTML file: it opens from disk, without a network, with these numbers.',
  /** The one HTML file, as "The file could not be made". */
  file: 'file',
  notMade: (what: string, error: string) => `The ${what} could not be made (${error}); reload and try again.`,
  pngNotMade: (error: string) => `The PNG could not be made (${error}); try SVG.`,
  linkCopied: 'Link copied. Anyone who opens it sees exactly these numbers.',
  linkBlocked: 'Copying was blocked by the browser; the link is in the address bar.',
  svgDone: 'Chart downloaded as SVG.',
  pngDone: 'Chart downloaded as PNG.',
  notCurrent: (error: string) => `The numbers could not be brought up to date (${error}).`,
  jsonDone: 'Unrounded results downloaded as JSON, with every reading of any undefined word for family.',
  csvDone: 'Results downloaded as CSV, one row per scope, with the assumptions behind them.',
  /** What the editor says about a long link (`linkLengthNote`). */
  lengthNote: (chars: number, limit: number) =>
    `This link is ${formatCount(chars)} characters long. Some apps cut links longer than about ${formatCount(limit)} characters; if one does, the page it opens says what was lost. Shorter scope names make it shorter.`,

  // The cite and embed dialogs.
  citeHeading: 'Cite these numbers',
  style: 'Style',
  copyCitation: 'Copy citation',
  copyCard: 'Copy as debate card',
  close: 'Close',
  cardCopied: 'Debate card copied: paste it into your word processor.',
  cardBlocked: 'Copying was blocked; copy the citation instead.',
  citationCopied: (style: string) => `Citation copied (${style}).`,
  citationBlocked: 'Copying was blocked; select the citation and copy it.',
  embedHeading: 'Embed this chart',
  embedIntro:
    'Paste this into a web page. The chart shows the same numbers as this page, credits its sources and links back.',
  plain: 'Transparent background, no border',
  autoHeight: "Include the one-line script that sizes the chart's height",
  embedCode: 'Embed code',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied.',
  embedBlocked: 'Copying was blocked; select the code and copy it.',
  preview: 'Preview',

  // Compare two links.
  compareHeading: 'Compare with another link',
  secondLink: 'Second share link',
  compare: 'Compare',
  pasteFirst: 'Paste a Sanction Scope share link first.',
  notALink: 'That does not look like a link.',
  secondProblems: "Parts of the second link could not be used; the preset's values are compared for them:",
  comparisonNotLoaded: (error: string) => `The comparison could not be loaded (${error}); reload and try again.`,
  caption: 'This page against the second link',
  scopeOrSetting: 'Scope or setting',
  thisPage: 'This page',
  /** The comparison's column for the second link. */
  secondColumn: 'Second link',
  changeInMedian: 'Change in median reach',
  /** The change in median reach when the second link's is as large or larger: "× 1.5". */
  times: (ratio: string) => `× ${ratio}`,
  /** The change in median reach when the second link's is smaller, by the inverse ratio (above 1): "÷ 2.28". */
  dividedBy: (ratio: string) => `÷ ${ratio}`,
  /**
   * A scope's row when the two links name the matched scopes differently: both names, in the
   * columns' order, so each number sits under its own scope's name.
   */
  bothNames: (here: string, there: string) => `${here} ↔ ${there}`,
  /** A setting's row: it applies to every scope. */
  allScopes: (what: string) => `${what} (all scopes)`,
  people: (reach: { median: number; p05: number; p95: number }) => `${formatPeopleInterval(reach)} people`,
  sameScenario: 'The two links describe the same scenario.',
  /** A range, a family or a word for family that is not set. */
  none: 'none',
  /** Between the items of a list: the relatives a scope covers. */
  listSeparator: ', ',
  present: 'present',
  absent: 'absent',
  groupBase: (group: string, year: number) => `${group}, ${year}`,
  /** A base of named designees: each designation round by its title. */
  namedBase: (rounds: readonly string[], year: number) => `US designations, ${year}: ${rounds.join('; ')}`,
  customBase: (group: string, people: string, year: number) => `${group}: ${people} people, ${year}`,
  /** The comparison's rows. */
  rows: {
    base: 'Base group',
    conduct: 'Share meeting the legal test',
    waiver: 'Waiver share',
    family: 'Relatives covered',
    term: 'Undefined word for family',
    exposure: (measure: string) => `${measure}, yearly exposure`,
    seed: 'Seed',
    draws: 'Draws',
    scope: 'Scope',
  },

  /** What the reader is told about a link that could not be followed whole (`readLink`, `checkLinkIntegrity`). */
  link: {
    parts: PARTS,
    unknownPart: (key: string) => `“${key}” part`,
    fields: FIELDS,
    /** A scope for notices: "scope 3 (“Politburo”)". */
    scope: (n: number, label: string) => `scope ${n} (“${label}”)`,
    /** Where a key was given twice: in a scope, or in the assumptions. */
    inScope: (n: number) => `scope ${n}`,
    inAssumptions: 'its assumptions',
    repeatedIn: (keys: readonly string[], where: string) =>
      `This link gives ${quoted(keys)} more than once in ${where}; the first is used.`,
    repeated: (keys: readonly string[]) => `This link gives ${quoted(keys)} more than once; the first is used.`,
    fieldUnreadable: (field: string, scope: string) =>
      `The ${field} of ${scope} in this link was unreadable; the preset's value is shown instead.`,
    unknownScopePart: (key: string, scope: string) =>
      `An unknown part (“${key}”) of ${scope} in this link was ignored.`,
    fewDraws: (asked: number, used: number) =>
      `This link asks for ${formatCount(asked)} draws; ${formatCount(used)} are used, the fewest that give a steady 90% interval, so the numbers differ from the link's.`,
    unknownAssumption: (key: string) => `An unknown assumption (“${key}”) in this link was ignored.`,
    title: "The title in this link was unreadable; the preset's title is shown instead.",
    description: "The description in this link was unreadable; the preset's is shown instead.",
    seed: (seed: number) =>
      `The seed in this link was unreadable; the preset's seed (${seed}) is used, so the numbers differ from the link's.`,
    samples: (samples: number) =>
      `The number of draws in this link was unreadable; ${formatCount(samples)} draws are used.`,
    assumption: (code: string) =>
      `The assumption “${code}” in this link was unreadable; the preset's range is shown instead.`,
    tooLong: (chars: number) =>
      `This link is ${formatCount(chars)} characters long, more than a link can be; the default scenario is shown instead.`,
    language: (lang: string, locales: readonly string[]) =>
      `This link asks for the language “${lang}”, which this page does not have: it is shown in English (it has ${quoted(locales)}).`,
    noFragment:
      'This link is missing its second half (everything after its “#”, which holds its changes): the app that passed it on may have cut it. The preset it names is shown without its changes.',
    badFragment:
      'The part of this link after its “#” is damaged and could not be read; the preset it names is shown without its changes.',
    unknownPreset: (id: string) =>
      `This link names a preset (“${id}”) that this version does not have; the default scenario is shown instead.`,
    badVersion: 'This link has an unreadable format version; the preset it names is shown without its changes.',
    newerVersion: (version: number) =>
      `This link was made by a newer version of Sanction Scope (link format ${version}); the preset it names is shown without its changes.`,
    view: 'The chart chosen in this link was unreadable; the reach chart is shown.',
    basis: 'The share basis in this link was unreadable; shares of the whole population are shown.',
    references: 'Some reference lines named in this link are unknown and are not shown.',
    claims: 'The claims setting in this link was unreadable; the claims made about the preset are shown.',
    scopeCount: (said: string, listed: number) =>
      `This link says it has ${said} scopes but lists ${listed}; the ones listed are shown.`,
    tooManyScopes: (listed: number, max: number) =>
      `This link lists ${listed} scopes; only the first ${max} are shown.`,
    emptyScope: (n: number) => `Scope ${n} in this link is empty; it was left out.`,
    noReference: (n: number) => `Scope ${n} in this link refers to a scope the preset does not have; it was left out.`,
    noScope: "No scope in this link could be read; the preset's scopes are shown instead.",
    unknownParts: (keys: readonly string[]) => `Unknown parts of this link were ignored: ${quoted(keys)}.`,
    catalogue: 'The figures-catalogue version in this link is unreadable.',
    unreadable: (error: string) => `This link could not be read (${error}); the default scenario is shown instead.`,
    unusable: "Parts of this link could not be used; the preset's scenario is shown instead.",
    /** A scope the catalogue cannot place: put back to the preset's version, or left out. */
    scopeUnusable: (n: number, label: string, reason: string, kept: boolean) =>
      `Scope ${n} (“${label}”) in this link could not be used (${reason}); ${kept ? "the preset's version is shown instead" : 'it was left out'}.`,
    // A link cut short (`checkLinkIntegrity`).
    changed:
      'This link does not match its check code: it was changed after it was made, or damaged on the way. It is shown as it reads, but it may not be what its author shared.',
    unchecked: 'This link was made before links carried a check code, so it cannot be checked for cuts or changes.',
    cutAtStart: 'This link was cut short before anything in it could be read; the default scenario is shown.',
    cutAtEnd:
      'This link was cut short at its very end: every setting in it was read, but without its ending it cannot be checked.',
    cutInsideScope: (n: number) => `This link was cut short inside its ${ordinal(n)} scope`,
    cutAfterScope: (n: number) => `This link was cut short after its ${ordinal(n)} scope`,
    allScopesRead: (where: string) =>
      `${where}: every scope was read, and only its ending is missing, so it cannot be checked.`,
    /** The scopes lost when the link does not say how many it had. */
    laterLost: (inside: boolean) => `${inside ? 'that scope and any' : 'any scopes'} after it are missing`,
    lastLost: (count: number) => `scope ${count} of ${count} is missing`,
    someLost: (from: number, count: number) => `scopes ${from}–${count} of ${count} are missing`,
    firstShown: (n: number) =>
      `${n === 1 ? 'the first scope is' : `the first ${n} scopes are`} shown as the link has them`,
    presetScopes: "the preset's scopes are shown instead",
    scopesLost: (where: string, lost: string, shown: string) => `${where}: ${lost}; ${shown}.`,
    /** What else a cut lost, after the part it fell in or after. */
    laterScopes: (count: number) => ` (including all ${count} of its scopes)`,
    laterCount: ' (its scopes)',
    laterAny: ', such as changed assumptions or scopes,',
    cutInside: (part: string, later: string) =>
      `This link was cut short inside its ${part}: that and everything after it${later} could not be read; the preset's values are shown instead.`,
    cutAfter: (part: string, later: string) =>
      `This link was cut short after its ${part}: everything after it${later} could not be read; the preset's values are shown instead.`,
  },
};
