/**
 * What the scenario's checks say when a scenario file, a claims file's scenario or a link's
 * scenario is refused: part of the editor area's words (`EDITOR.checks`), kept in a file of its own
 * so the code that checks (which loads with a link) brings only these words, not the editor's.
 * Field names are the file's keys, as written in it: they are not translated.
 */
export const CHECKS = {
  /** What a problem's field is called when its path is empty. */
  field: 'field',
  /** What the scenario as a whole is called in a message. */
  theScenario: 'the scenario',
  unknownField: (field: string) => `unknown field ${JSON.stringify(field)}; check its spelling`,
  required: (field: string) => `${field} is required`,
  mustBeObject: (what: string) => `${what} must be an object ({ ... })`,
  noPopulation: (year: number, first: number, last: number) =>
    `no population figure for ${year}; use a year from ${first} to ${last}`,
  notGroup: (id: string) => `"${id}" is not a group in the figures catalogue`,
  noGroupSize: (group: string, year: number, first: number, last: number) =>
    `${group} has no size for ${year}; use a year from ${first} to ${last}`,
  notRound: (id: string) => `"${id}" is not a designation round in the catalogue`,
  notAgeProfile: (id: string) => `"${id}" is not an age profile in the catalogue`,
  scopeIdTwice: (id: string) => `scope id "${id}" is used twice`,
  notFamilyTerm: (id: string, terms: string) =>
    `"${id}" is not a family term in the catalogue; the terms are: ${terms}`,
  notAnObject: 'a scenario must be an object ({ ... }), not a list or a single value',
  unreadable: (error: string) => `the scenario could not be read: ${error}`,
  tooLarge: (bytes: number) => `the scenario is larger than ${bytes} bytes`,
  notJson: (error: string) => `not valid JSON: ${error}`,
  // The field schemas' messages (`schemaFields.ts`); `what` is the field's name.
  mustBeText: (what: string) => `${what} must be text`,
  mustNotBeEmpty: (what: string) => `${what} must not be empty`,
  atMost: (what: string, max: number) => `${what} must be at most ${max} characters`,
  noControlCharacters: (what: string) =>
    `${what} must not contain control characters (line breaks, tabs or invisible codes)`,
  identifier: (what: string) =>
    `${what} must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit`,
  mustBeNumber: (what: string) => `${what} must be a number`,
  mustBeFinite: (what: string) => `${what} must be finite`,
  urlText: 'source url must be text',
  urlFull: 'source url must be a full URL',
  urlScheme: 'source url must start with http:// or https://',
};
