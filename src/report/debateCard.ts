import { escapeHtml } from '../format/escapeHtml';
import { withoutIsolates } from '../format/isolate';

/** A debate card: the claim, who says it and where, and the evidence, as debaters paste it. */
export interface DebateCard {
  /** The tag: the claim the card supports, in one sentence (the finding). */
  tag: string;
  /** The full citation, with its access date and link (`citationText`). */
  citation: string;
  /** The evidence: the card's paragraphs (the reading, each scope in one sentence, where the numbers come from). */
  body: readonly string[];
}

/** Isolation marks (the finding's names) do not belong in a word processor's text. */
const plain = withoutIsolates;

/**
 * A debate card as rich text for a word processor (the tag bold, the short cite "Sanction Scope
 * <year>" bold before the full citation, the body as paragraphs) and as plain text for where rich
 * text is not taken. Every text is escaped: titles and labels can come from a link.
 *
 * @param card what the card says
 * @param year the year of the figures catalogue, for the short cite
 * @example debateCardText({ tag: 'The STOP CCP Act would reach about 3,610 people…', citation: 'Sanction
 *   Scope. (2026). …', body: ['…'] }, '2026').text
 * // => "The STOP CCP Act would reach about 3,610 people…\nSanction Scope 2026. Sanction Scope. (2026). …\n\n…"
 */
export function debateCardText(card: DebateCard, year: string): { html: string; text: string } {
  const shortCite = `Sanction Scope ${year}`;
  const html = [
    `<p><strong>${escapeHtml(plain(card.tag))}</strong></p>`,
    `<p><strong>${escapeHtml(plain(shortCite))}</strong>. ${escapeHtml(plain(card.citation))}</p>`,
    ...card.body.map((paragraph) => `<p>${escapeHtml(plain(paragraph))}</p>`),
  ].join('\n');
  const text = [plain(card.tag), `${shortCite}. ${plain(card.citation)}`, '', ...card.body.map(plain)].join('\n');
  return { html, text };
}
