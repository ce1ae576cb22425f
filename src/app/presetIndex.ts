import PRESET_ENTRIES from 'virtual:preset-index';
import { presetTitle } from '../data/shownText';

/** A preset as the picker lists it, before the preset itself is downloaded. */
export interface PresetEntry {
  id: string;
  title: string;
}

/** Order of the picker: the ladder first, since the page opens on it. */
const ORDER = ['scope-ladder', 'magnitsky-2020', 'stop-ccp-act', 'visa-rule-2020', 'member-visa-ban-2020'];

/** Sorts presets into picker order: the listed ones first, then the rest by title. */
export function inPickerOrder<P extends PresetEntry>(presets: readonly P[]): P[] {
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return [...presets].sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title));
}

/**
 * Every preset's id and title, in picker order, without the presets themselves: the build reads
 * them from `scenarios/` (vite.config.ts), and a preset is downloaded when it is chosen. The
 * titles are in the page's edition (ordered by their English, so every edition lists alike).
 */
export function presetIndex(entries: readonly PresetEntry[] = PRESET_ENTRIES): PresetEntry[] {
  return inPickerOrder(entries).map((entry) => ({ ...entry, title: presetTitle(entry.id, entry.title) }));
}
