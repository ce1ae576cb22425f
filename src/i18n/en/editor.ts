import { SCOPE_NAMES } from './scopeNames';
import { RELATION_LABELS } from '../../model/relationType';
import { formatPeople, formatPeopleInterval } from '../../format/formatPeople';
import { READER_RATIONALE, INSTRUMENT_LABELS } from '../../scenario/scenario';
import { DEFAULT_EXPOSURE, EVERYONE_COVERED, NO_WAIVER } from '../../scenario/newScope';
import { CHECKS } from './editorChecks';

/** The editor area's words in English (see `wordsFor`). */
export const EDITOR = {
  names: SCOPE_NAMES,
  /** The list of scopes (`ScopeList`). */
  list: {
    heading: 'Scopes',
    help: (count: number, max: number) =>
      `${count} of at most ${max} scopes. Open a scope to change who it targets, which relatives count, and the assumptions behind it.`,
    /** A scope's result in its one-line summary. */
    reach: (interval: { median: number; p05: number; p95: number }) => `${formatPeopleInterval(interval)} people`,
    close: 'Close',
    edit: 'Edit',
    /** What is being downloaded, for the message if it fails. */
    editorName: 'the scope editor',
    loading: 'Loading the editor…',
    arrange: 'Arrange',
    arrangeScope: (label: string) => `Arrange ${label}`,
    up: 'Move up',
    upScope: (label: string) => `Move up ${label}`,
    down: 'Move down',
    downScope: (label: string) => `Move down ${label}`,
    duplicate: 'Duplicate',
    duplicateScope: (label: string) => `Duplicate ${label}`,
    remove: 'Remove',
    removeScope: (label: string) => `Remove ${label}`,
    add: 'Add a scope',
    full: (max: number) => `A scenario compares at most ${max} scopes.`,
  },
  /** One scope's editor (`ScopeEditor`). */
  scope: {
    name: 'Scope name',
    nameNeeded: 'A scope needs a name.',
    who: 'Who is targeted',
    base: 'Base group',
    kindGroup: 'A group in the figures catalogue',
    kindNamed: 'People named in US designations',
    kindCustom: 'A custom number of people',
    group: 'Group',
    year: 'Year',
    rounds: 'Designation rounds',
    /** Above the people a designation round named: its programme and date. */
    roundHeading: (programme: string, date: string) => `${programme}, ${date}:`,
    designees: (names: readonly string[]) => `${names.join(', ')}.`,
    entity: (name: string) => `${name} (entity)`,
    source: 'Source',
    groupDescription: 'Group description',
    agesLike: 'Ages like',
    people: 'People in the group',
    /** The unit of a count of people in a range field. */
    peopleUnit: 'people',
    conduct: 'Share meeting the legal test',
    relatives: 'Relatives covered',
    readingOf: (words: string) => `Reading of “${words}”`,
    ownReading: 'Your own choice of relatives',
    thisReading: (basis: string) => `This reading: ${basis}`,
    ownReadingHelp: 'The boxes below are your own reading; every named reading is still shown beside it.',
    measures: 'Measures',
    exposure: (measure: string) => `${measure}: share of people reached who run into it each year`,
    waiver: 'Share escaping by a waiver',
  },
  /** A range's three boxes (`RangeField`, `rangeDraft`). */
  range: {
    low: 'Low',
    mode: 'Most likely',
    high: 'High',
    /** The unit after the range's name. */
    unit: (unit: string) => `(${unit})`,
    reset: 'Reset',
    sources: 'Sources:',
    /** Between two sources. */
    sourceSeparator: ';',
    enterNumber: (field: string, typed: string) => `${field}: enter a number${typed ? `, not "${typed}"` : ''}.`,
    outOfBounds: (field: string, low: string, high: string, unit: string) =>
      `${field} must be from ${low} to ${high}${unit === '%' ? '%' : ` ${unit}`}.`,
    order: 'Low must not be above most likely, nor most likely above high.',
  },
  /** The assumptions every scope shares (`AssumptionsPanel`). */
  assumptions: {
    heading: 'Assumptions shared by every scope',
    help: 'None of these is published for Party members, so each is a range with its reasoning. Every draw of the estimate takes one value from each range.',
  },
  /** Beside the live chart: what the reader's edits moved (`ChangeCauses`). */
  changes: {
    label: 'What your changes moved',
    /** Between a scope's name and its change. */
    colon: ': ',
    onPreset: (origin: number) => ` on the preset’s ${formatPeople(origin)}`,
    after: (causes: readonly string[]) => `, after: ${causes.join('; ')}`,
    more: (count: number) => `and ${count} more scopes moved (each row of the chart says by how much)`,
  },
  /** Each relation type's name, as forms and tables show it. */
  relations: RELATION_LABELS,
  /** Each measure's name. */
  instruments: INSTRUMENT_LABELS,
  /** The reasons the app writes into a range itself (a new scope's, a measure's default, a typed range's). */
  rationales: {
    visaBan: DEFAULT_EXPOSURE.visaBan.rationale!,
    assetBlock: DEFAULT_EXPOSURE.assetBlock.rationale!,
    everyone: EVERYONE_COVERED,
    noWaiver: NO_WAIVER,
    reader: READER_RATIONALE,
  },
  checks: CHECKS,
};
