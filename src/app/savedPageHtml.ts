import { escapeHtml } from '../format/escapeHtml';
import { currentLocale } from '../i18n/wordsFor';

/**
 * A scenario saved as one HTML file, for a debate round without any network: the page as printed
 * (`PrintSheet`, standalone: the card, the results table, the assumptions and the citation) with
 * the page's styles written in. It runs no script and loads nothing: its content security policy
 * allows only its own styles, so it opens from disk and shows the same numbers, and a title or
 * name from a link stays text. It is marked with the page's language, as its text is in it.
 *
 * @param title the scenario's title as shown, for the file's `<title>`
 * @param body the sheet's markup, as the browser serialises it (so every text in it is escaped)
 * @param css the page's styles (`pageStyles`)
 */
export function savedPageHtml(title: string, body: string, css: string): string {
  return `<!doctype html>
<html lang="${currentLocale()}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
<title>${escapeHtml(title)} – Sanction Scope</title>
<style>
${css.replace(/<\/style/gi, '<\\/style')}
body { max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Every rule of the page's own style sheets, as text (a sheet from elsewhere cannot be read, and is skipped). */
export function pageStyles(sheets: Iterable<CSSStyleSheet>): string {
  return [...sheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return [];
      }
    })
    .join('\n');
}
