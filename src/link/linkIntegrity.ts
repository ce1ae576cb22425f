import { linkChecksum } from './linkChecksum';
import type { LinkPair } from './linkText';
import { SHARE } from '../i18n/en/share';
import { wordsFor } from '../i18n/wordsFor';

/** The parts a version 1 link carries beyond a preset's name; with none, it changes nothing. */
const VIEW_KEYS = new Set(['v', 'p', 'cv', 'view', 'basis', 'ref']);

/** What the check of a link's ending found. */
export interface LinkIntegrity {
  /** The pairs that can be trusted whole (`k` removed; a possibly cut last pair removed). */
  pairs: LinkPair[];
  /** Plain notices in the page's language: the link was cut (and what was lost), changed, or cannot be checked. */
  problems: string[];
  /** Whether the link was cut short. */
  cut: boolean;
}

/**
 * What a link lost when it was cut after (or inside) its scopes.
 * @param inside whether the cut fell inside scope `read + 1` (else just after scope `read`)
 */
function scopesLost(read: number, inside: boolean, count: number | undefined): string {
  const w = wordsFor('share', SHARE).link;
  const where = inside ? w.cutInsideScope(read + 1) : w.cutAfterScope(read);
  if (count !== undefined && read >= count) return w.allScopesRead(where);
  const lost =
    count === undefined ? w.laterLost(inside) : read + 1 === count ? w.lastLost(count) : w.someLost(read + 1, count);
  return w.scopesLost(where, lost, read > 0 ? w.firstShown(read) : w.presetScopes);
}

/** The notice for a link cut after `last` (or inside `dropped`), given the pairs that were kept. */
function cutNotice(kept: readonly LinkPair[], dropped: LinkPair | undefined): string {
  const w = wordsFor('share', SHARE).link;
  const scopesRead = kept.filter(([key]) => key === 's').length;
  const countText = kept.find(([key]) => key === 'ns')?.[1];
  const count = countText && /^\d{1,2}$/.test(countText) ? Number(countText) : undefined;
  const key = dropped?.[0] ?? kept.at(-1)?.[0];
  if (key === undefined) return w.cutAtStart;
  if (key === 's') return scopesLost(scopesRead, dropped !== undefined, count);
  if (key === 'cv') return w.cutAtEnd;
  const name = w.parts[key] ?? w.unknownPart(key.slice(0, 20));
  const later = count !== undefined ? w.laterScopes(count) : key === 'ns' ? w.laterCount : w.laterAny;
  return dropped ? w.cutInside(name, later) : w.cutAfter(name, later);
}

/**
 * Checks how a link ends, before anything in it is used. A version 2 link ends with its check
 * code `k`: without it the link was cut, so its last pair may be partial and is left out (unless
 * the text ended just after a "&"); with a code that does not match, it was changed or damaged.
 * A version 1 link ended with a whole `cv=YYYYMMDD`; one that does not was cut, and one that does
 * is read, but flagged as unverifiable when it changes anything.
 *
 * @param pairs the link's pairs in order, tracking parameters removed
 * @param endsWithSeparator whether the text ended with "&" (its last pair is then whole)
 */
export function checkLinkIntegrity(pairs: readonly LinkPair[], endsWithSeparator: boolean): LinkIntegrity {
  const codeAt = pairs.findIndex(([key]) => key === 'k');
  if (codeAt >= 0) {
    const body = pairs.filter((_, i) => i !== codeAt);
    const given = pairs[codeAt]![1];
    const expected = linkChecksum(body);
    // A cut inside the code itself leaves everything before it whole.
    const cutInsideCode = codeAt === pairs.length - 1 && !endsWithSeparator && expected.startsWith(given);
    if (given === expected || cutInsideCode) return { pairs: body, problems: [], cut: false };
    return {
      pairs: body,
      problems: [wordsFor('share', SHARE).link.changed],
      cut: false,
    };
  }
  const version = pairs.find(([key]) => key === 'v')?.[1];
  const last = pairs.at(-1);
  if (version === '1' && last?.[0] === 'cv' && /^\d{8}$/.test(last[1])) {
    const changes = pairs.some(([key]) => !VIEW_KEYS.has(key));
    return {
      pairs: [...pairs],
      problems: changes ? [wordsFor('share', SHARE).link.unchecked] : [],
      cut: false,
    };
  }
  const kept = [...pairs];
  const dropped = endsWithSeparator ? undefined : kept.pop();
  return { pairs: kept, problems: [cutNotice(kept, dropped)], cut: true };
}
