import * as v from 'valibot';
import { CONTROL_CHARACTERS } from '../format/xmlSafe';
import { editorPart } from '../i18n/editorPart';
import { CHECKS } from '../i18n/en/editorChecks';

/**
 * Field schemas shared by the scenario and claims formats, each with a plain-language message that
 * names the field, so every validation problem reads the same way. The messages are written when a
 * problem is found, in the page's edition (the schemas are built once, when this loads).
 */

/** The checks' words in the page's edition. */
const w = () => editorPart('checks', CHECKS);

/** Longest text accepted in any field: titles and notes are short, and links must stay small. */
export const MAX_TEXT = 2000;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const text = (what: string, max = MAX_TEXT) =>
  v.pipe(
    v.string(() => w().mustBeText(what)),
    v.trim(),
    v.nonEmpty(() => w().mustNotBeEmpty(what)),
    v.maxLength(max, () => w().atMost(what, max)),
    v.check(
      (value) => !CONTROL_CHARACTERS.test(value),
      () => w().noControlCharacters(what),
    ),
  );

export const identifier = (what: string) =>
  v.pipe(
    v.string(() => w().mustBeText(what)),
    v.regex(ID_PATTERN, () => w().identifier(what)),
  );

export const number = (what: string) =>
  v.pipe(
    v.number(() => w().mustBeNumber(what)),
    v.finite(() => w().mustBeFinite(what)),
  );

/** A web address; only http and https, so a link from a file can never run script. */
export const httpUrl = v.pipe(
  v.string(() => w().urlText),
  v.url(() => w().urlFull),
  v.regex(/^https?:\/\//, () => w().urlScheme),
);
