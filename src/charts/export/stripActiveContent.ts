/**
 * Elements that can run code or pull in other documents, removed with everything inside them
 * (lower-case local names). The charts draw none of them; `set` and the `animate*` family are here
 * because they can rewrite an `href` after the file is checked.
 */
const BLOCKED_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'handler',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
]);

/**
 * One piece of markup: a comment, CDATA section, processing instruction or doctype (group 1 unset);
 * an end tag (name in group 1); a start tag (name in group 2, attributes in group 3, "/" in group 4
 * when self-closing); text; or a lone "<" that starts none of these.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/\s*([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</g;

/** One attribute inside a start tag: name in group 1, the whole `name="value"` is the match. */
const ATTRIBUTE = /\s+([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

const localName = (name: string) => (name.split(':').pop() ?? name).toLowerCase();

/**
 * True for `href` values that only point somewhere: a fragment (`#hatch`) or an http(s) address.
 * Everything else is dropped rather than parsed: browsers ignore whitespace and control
 * characters inside a scheme ("java\tscript:") and read character references ("&#106;avascript:"),
 * so an allow-list is the safe test.
 */
function isSafeHref(quotedValue: string | undefined): boolean {
  const value = (quotedValue ?? '').replace(/^["']|["']$/g, '').trim();
  return /^(#|https?:\/\/)/i.test(value) && ![...value].some((char) => char.charCodeAt(0) < 0x20);
}

/** A start tag without event handlers (`on…=`) and without links that are not plain links. */
function cleanStartTag(name: string, attributes: string, selfClosing: string): string {
  const kept = attributes.replace(ATTRIBUTE, (whole, attribute: string, value: string | undefined) => {
    const local = localName(attribute);
    if (local.startsWith('on')) return '';
    if (local === 'href' && !isSafeHref(value)) return '';
    return whole;
  });
  return `<${name}${kept}${selfClosing ? '/' : ''}>`;
}

/**
 * Chart markup with nothing in it that could run: script-like elements (with their content),
 * event-handler attributes and `javascript:` links removed, and comments, CDATA, processing
 * instructions and doctypes dropped. Text is never changed, so a label such as "one = 1" survives;
 * a "<" that starts no tag is escaped, so removed pieces cannot join into a new tag.
 *
 * The charts never contain any of these (their text comes through Svelte's or the serialiser's
 * escaping); this is a second line of defence for files built from text in share links.
 *
 * @param svg SVG markup, as written by `serializeChart` or rendered on the server
 * @example stripActiveContent('<svg onload="x()"><script>x()</script><text>a</text></svg>')
 * // => '<svg><text>a</text></svg>'
 */
export function stripActiveContent(svg: string): string {
  let out = '';
  // Inside a blocked element: how many of its elements are still open (0 when not inside one).
  let skipDepth = 0;
  for (const match of svg.matchAll(TOKEN)) {
    const [token, endName, startName, attributes = '', selfClosing = ''] = match;
    if (endName !== undefined) {
      if (skipDepth > 0) skipDepth--;
      else if (!BLOCKED_ELEMENTS.has(localName(endName))) out += token;
    } else if (startName !== undefined) {
      const opens = selfClosing ? 0 : 1;
      if (skipDepth > 0) skipDepth += opens;
      else if (BLOCKED_ELEMENTS.has(localName(startName))) skipDepth = opens;
      else out += cleanStartTag(startName, attributes, selfClosing);
    } else if (skipDepth === 0 && token === '<') {
      out += '&lt;';
    } else if (skipDepth === 0 && !token.startsWith('<')) {
      out += token;
    }
  }
  return out;
}
