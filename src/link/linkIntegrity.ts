import { linkChecksum } from './linkChecksum';
import type { LinkPair } from './linkText';

/** Names of a link's parts, for notices: "cut short inside its title". */
const PART_NAMES: Record<string, string> = {
  v: 'format version',
  p: 'preset',
  t: 'title',
  d: 'description',
  seed: 'seed',
  n: 'number of draws',
  view: 'choice of chart',
  basis: 'share basis',
  ref: 'reference lines',
  a: 'changed assumptions',
  ns: 'number of scopes',
  cv: 'figures version',
};

/** The parts a version 1 link carries beyond a preset's name; with none, it changes nothing. */
const VIEW_KEYS = new Set(['v', 'p', 'cv', 'view', 'basis', 'ref']);

/** What the check of a link's ending found. */
export interface LinkIntegrity {
  /** The pairs that can be trusted whole (`k` removed; a possibly cut last pair removed). */
  pairs: LinkPair[];
  /** Plain-English notices: the link was cut (and what was lost), changed, or cannot be checked. */
  problems: string[];
  /** Whether the link was cut short. */
  cut: boolean;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/** "the first scope is", "the first 4 scopes are". */
const firstScopes = (n: number) => (n === 1 ? 'the first scope is' : `the first ${n} scopes are`);

/**
 * What a link lost when it was cut after (or inside) its scopes.
 * @param inside whether the cut fell inside scope `read + 1` (else just after scope `read`)
 */
function scopesLost(read: number, inside: boolean, count: number | undefined): string {
  const where = inside
    ? `This link was cut short inside its ${ordinal(read + 1)} scope`
    : `This link was cut short after its ${ordinal(read)} scope`;
  if (count !== undefined && read >= count) {
    return `${where}: every scope was read, and only its ending is missing, so it cannot be checked.`;
  }
  const lost =
    count === undefined
      ? `${inside ? 'that scope and any' : 'any scopes'} after it are missing`
      : read + 1 === count
        ? `scope ${count} of ${count} is missing`
        : `scopes ${read + 1}–${count} of ${count} are missing`;
  const shown = read > 0 ? `${firstScopes(read)} shown as the link has them` : "the preset's scopes are shown instead";
  return `${where}: ${lost}; ${shown}.`;
}

/** The notice for a link cut after `last` (or inside `dropped`), given the pairs that were kept. */
function cutNotice(kept: readonly LinkPair[], dropped: LinkPair | undefined): string {
  const scopesRead = kept.filter(([key]) => key === 's').length;
  const countText = kept.find(([key]) => key === 'ns')?.[1];
  const count = countText && /^\d{1,2}$/.test(countText) ? Number(countText) : undefined;
  const key = dropped?.[0] ?? kept.at(-1)?.[0];
  if (key === undefined)
    return 'This link was cut short before anything in it could be read; the default scenario is shown.';
  if (key === 's') return scopesLost(scopesRead, dropped !== undefined, count);
  if (key === 'cv') {
    return 'This link was cut short at its very end: every setting in it was read, but without its ending it cannot be checked.';
  }
  const name = PART_NAMES[key] ?? `“${key.slice(0, 20)}” part`;
  const later =
    count !== undefined
      ? ` (including all ${count} of its scopes)`
      : key === 'ns'
        ? ' (its scopes)'
        : ', such as changed assumptions or scopes,';
  return dropped
    ? `This link was cut short inside its ${name}: that and everything after it${later} could not be read; the preset's values are shown instead.`
    : `This link was cut short after its ${name}: everything after it${later} could not be read; the preset's values are shown instead.`;
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
      problems: [
        'This link does not match its check code: it was changed after it was made, or damaged on the way. It is shown as it reads, but it may not be what its author shared.',
      ],
      cut: false,
    };
  }
  const version = pairs.find(([key]) => key === 'v')?.[1];
  const last = pairs.at(-1);
  if (version === '1' && last?.[0] === 'cv' && /^\d{8}$/.test(last[1])) {
    const changes = pairs.some(([key]) => !VIEW_KEYS.has(key));
    return {
      pairs: [...pairs],
      problems: changes
        ? ['This link was made before links carried a check code, so it cannot be checked for cuts or changes.']
        : [],
      cut: false,
    };
  }
  const kept = [...pairs];
  const dropped = endsWithSeparator ? undefined : kept.pop();
  return { pairs: kept, problems: [cutNotice(kept, dropped)], cut: true };
}
