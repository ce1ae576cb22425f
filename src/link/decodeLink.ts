import { CATALOGUE_VERSION } from '../data/catalogue';
import type { Scenario, Scope } from '../scenario/scenario';
import { linkChecksum } from './linkChecksum';
import { LINK_VERSION, type LinkState } from './linkState';
import { presetLinkState } from './originScenario';

/** What a link decoded to, and every way in which it could not be followed. */
export interface DecodedLink {
  state: LinkState;
  /** For each scope id, the scope it was written against: what its reset buttons return to. */
  defaults: Map<string, Scope>;
  /** Plain sentences for the reader in the page's language (`SHARE.link`), one per problem; empty when the link was read whole. */
  problems: string[];
  /** The figures catalogue version the link was made with, when it is not the current one. */
  olderCatalogue?: string;
}

/** The preset a share link's query names, if any: what to download before reading it. */
export function linkPresetId(address: string): string | null {
  const query = address.split('#')[0]!;
  return new URLSearchParams(query.startsWith('?') ? query.slice(1) : query).get('p');
}

/** A preset as it is, opened by an empty link or by a whole `v=2&p=…&cv=…&k=…` one. */
function presetAsItIs(presetId: string | null, presets: readonly Scenario[]): DecodedLink {
  const state = presetLinkState(presetId, presets);
  return {
    state,
    defaults: new Map(state.scenario.scopes.map((scope) => [scope.id, structuredClone(scope)])),
    problems: [],
  };
}

/**
 * The page a link opens when the link is a preset's name alone (or empty), as most are; else
 * undefined. Read without the full reader, which such a page never downloads.
 */
function readPresetLink(address: string, presets: readonly Scenario[]): DecodedLink | undefined {
  if (address.includes('#')) return undefined;
  const pairs = [...new URLSearchParams(address.startsWith('?') ? address.slice(1) : address)];
  if (pairs.length === 0) return presetAsItIs(presets[0]?.id ?? null, presets);
  const [v, p, cv, k] = pairs;
  const whole =
    pairs.length === 4 &&
    v?.[0] === 'v' &&
    v[1] === String(LINK_VERSION) &&
    p?.[0] === 'p' &&
    cv?.[0] === 'cv' &&
    cv[1] === CATALOGUE_VERSION.replaceAll('-', '') &&
    k?.[0] === 'k' &&
    k[1] === linkChecksum(pairs.slice(0, 3));
  return whole && presets.some((preset) => preset.id === p[1]) ? presetAsItIs(p[1], presets) : undefined;
}

/**
 * Reads a share link. Never throws: whatever cannot be read is reported in `problems`, in plain
 * words, and replaced by the preset's value, and every part that could be read is kept. A link
 * cut short is read up to the cut and says what it lost; one changed after it was made says so;
 * tracking parameters are ignored without a word (see `readLink`).
 *
 * A link that changes anything is read by the full reader, which checks it with the same schema
 * as files, once, and is downloaded then (hence the promise); a link to a preset as it is needs
 * neither.
 *
 * @param address untrusted text from the address bar: the query (with or without "?") and the
 *   fragment, `location.search + location.hash`
 * @param presets the preset scenarios; the first is used when the link names none it knows
 */
export async function decodeLink(address: string, presets: readonly Scenario[]): Promise<DecodedLink> {
  const plain = readPresetLink(address, presets);
  if (plain) return plain;
  const { readLink } = await import('./readLink');
  return readLink(address, presets);
}
