/** A run of text and the marks it sits inside. */
export interface RichTextPart {
  text: string;
  strong: boolean;
  code: boolean;
  sup: boolean;
}

const TAG = /<(\/?)(strong|code|sup)>/g;

/**
 * The app's own paragraphs with emphasis and formulas (the method panel's), written with three
 * tags, `<strong>`, `<code>` and `<sup>`, as runs of plain text with their marks, so the page draws
 * them as elements and text, never as HTML: anything else that looks like markup stays text.
 *
 * @example parseRichText('the <strong>core</strong>') // => [{ text: 'the ', … }, { text: 'core', strong: true, … }]
 */
export function parseRichText(source: string): RichTextPart[] {
  const open = { strong: 0, code: 0, sup: 0 };
  const parts: RichTextPart[] = [];
  const push = (text: string) => {
    if (text) parts.push({ text, strong: open.strong > 0, code: open.code > 0, sup: open.sup > 0 });
  };
  let at = 0;
  for (const match of source.matchAll(TAG)) {
    push(source.slice(at, match.index));
    const tag = match[2] as keyof typeof open;
    open[tag] = Math.max(0, open[tag] + (match[1] ? -1 : 1));
    at = match.index + match[0].length;
  }
  push(source.slice(at));
  return parts;
}
