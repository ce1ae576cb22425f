/**
 * Text a reader or a link's author wrote, isolated for use inside a sentence: between U+2068
 * (first strong isolate) and U+2069 (pop directional isolate), so right-to-left text or a
 * direction override in a label cannot reorder the numbers around it. Browsers render both marks
 * as nothing; they are valid in XML, so exports keep them.
 *
 * @example isolate('\u202Eabc') // => '\u2068\u202Eabc\u2069'
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Text without bidi isolation marks, for where they are not wanted (a word processor, a link preview). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
