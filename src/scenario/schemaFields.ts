import * as v from 'valibot';
import { CONTROL_CHARACTERS } from '../format/xmlSafe';

/**
 * Field schemas shared by the scenario and claims formats, each with a plain-English message that
 * names the field, so every validation problem reads the same way.
 */

/** Longest text accepted in any field: titles and notes are short, and links must stay small. */
export const MAX_TEXT = 2000;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const text = (what: string, max = MAX_TEXT) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.trim(),
    v.nonEmpty(`${what} must not be empty`),
    v.maxLength(max, `${what} must be at most ${max} characters`),
    v.check(
      (value) => !CONTROL_CHARACTERS.test(value),
      `${what} must not contain control characters (line breaks, tabs or invisible codes)`,
    ),
  );

export const identifier = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(ID_PATTERN, `${what} must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit`),
  );

export const number = (what: string) =>
  v.pipe(v.number(`${what} must be a number`), v.finite(`${what} must be finite`));

/** A web address; only http and https, so a link from a file can never run script. */
export const httpUrl = v.pipe(
  v.string('source url must be text'),
  v.url('source url must be a full URL'),
  v.regex(/^https?:\/\//, 'source url must start with http:// or https://'),
);
