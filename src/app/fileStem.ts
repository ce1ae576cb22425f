/** What a changed preset's file names end with, whatever the cut. */
const MODIFIED_SUFFIX = '-modified';

/**
 * A file name (without its extension) for a scenario's downloads: its title in lower-case ASCII
 * words joined by hyphens, whole words up to 60 characters, or "sanction-scope" when no such word is
 * left (a Chinese title). A changed preset's ends "-modified" however long its title, since the marker
 * "(modified)" at the end of the shown title is the first thing a 60-character cut would drop, and
 * its files would then take the published preset's name.
 *
 * @param title the scenario's own title, without the "(modified)" the page adds
 * @param modified whether the title is a preset's over numbers the preset did not produce
 * @example fileStem('The scope ladder: from four named officials to all Party members', true)
 * // => 'the-scope-ladder-from-four-named-officials-to-all-modified'
 */
export function fileStem(title: string, modified = false): string {
  const suffix = modified ? MODIFIED_SUFFIX : '';
  const room = 60 - suffix.length;
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at the end of a word, so a name never ends in half of one ("…-party-memb"), unless one
  // word is longer than the room.
  const atWordEnd = words.slice(0, room + 1).replace(/-[^-]*$/, '');
  const cut = words.length <= room ? words : atWordEnd.length <= room ? atWordEnd : words.slice(0, room);
  return `${cut || 'sanction-scope'}${suffix}`;
}
