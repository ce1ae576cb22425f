/**
 * Text made safe inside HTML, as an element's text or a double-quoted attribute's value: `&`, `<`,
 * `>` and `"` written as entities. For the HTML the project writes as strings (a saved page, a
 * debate card, an embed snippet, the pages drawn at build time); what Svelte renders it escapes itself.
 *
 * @example escapeHtml('A "<b>" & more') // => 'A &quot;&lt;b&gt;&quot; &amp; more'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
