/**
 * Characters XML 1.0 does not allow anywhere: C0 controls other than tab, line feed and carriage
 * return, lone surrogates, and U+FFFE/U+FFFF. One of them makes an SVG unreadable (and its PNG
 * impossible to draw), so none may reach an export.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character XML cannot hold removed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Whether text holds a character XML cannot hold. */
export function hasNonXmlCharacters(text: string): boolean {
  NOT_XML.lastIndex = 0;
  const found = NOT_XML.test(text);
  NOT_XML.lastIndex = 0;
  return found;
}

/**
 * Control characters, which no title, label or description may hold: C0 controls (tab and line
 * breaks included: every such field is one line or plain prose) and DEL.
 */
export const CONTROL_CHARACTERS_ALL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F]/g;

/** As `CONTROL_CHARACTERS_ALL`, for a single test (no global state). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;
