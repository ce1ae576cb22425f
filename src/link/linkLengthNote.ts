import { SHARE } from '../i18n/en/share';
import { wordsFor } from '../i18n/wordsFor';
import { QUERY_FORM_MAX_CHARS } from './linkState';

/** The share of `QUERY_FORM_MAX_CHARS` at which the editor starts showing the link's length. */
const WARN_FROM = 0.8;

/**
 * What the editor says about a share link's length: nothing while it is short; from 80% of
 * `QUERY_FORM_MAX_CHARS`, its length and what a long link risks. The app never writes a link it
 * would refuse (see `MAX_LINK_LENGTH`), so this is a warning about other apps, not a limit.
 *
 * @param linkChars the link's length after "?", characters
 * @example linkLengthNote(10322)
 * // => 'This link is 10,322 characters long. Some apps cut links longer than about 2,000 characters;
 * //     if one does, the page it opens says what was lost. Shorter scope names make it shorter.'
 */
export function linkLengthNote(linkChars: number): string {
  if (linkChars < QUERY_FORM_MAX_CHARS * WARN_FROM) return '';
  return wordsFor('share', SHARE).lengthNote(linkChars, QUERY_FORM_MAX_CHARS);
}
