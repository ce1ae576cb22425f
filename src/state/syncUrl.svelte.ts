import { untrack } from 'svelte';
import { decodeLink, linkPresetId } from '../link/decodeLink';
import { pageAddress } from './pageAddress';
import type { ScenarioState } from './ScenarioState.svelte';

/** Typing waits this long before the address bar follows, so each keystroke is not a history write. */
export const URL_DEBOUNCE_MS = 250;

/**
 * Keeps the address bar in step with the page, and the page with Back and Forward. A new preset,
 * chart or set of scopes is a history step (pushState); any other edit replaces the current entry
 * (replaceState, debounced). Must be called while a component initialises: it uses `$effect`.
 *
 * The address is left as it was opened until the reader changes something, so a link that could
 * not be read whole can still be copied and reported.
 *
 * @returns writes an address still waiting for typing to pause, at once: for a navigation that
 *   reads the address (the language switch), so the last edits travel with it
 */
export function syncUrl(state: ScenarioState): () => void {
  let historyKey = state.historyKey;
  // Compared as data (`linkKey`), not as text: the link encoder downloads after the first screen.
  let written = state.linkKey;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The link is encoded when the address is written, not on every keystroke (a profile of typing
  // in a link of twelve long names found the encoding inside the keystrokes' long tasks). A long link carries its own fragment
  // (see `encodeLink`); the page uses none of its own. The app's own page, not a preset's: a
  // preset's page is about that preset as published. Should the encoder fail to download
  // (offline), the address stays as it was; the share bar says its part could not be loaded.
  const writeAddress = (push: boolean) => {
    const query = untrack(() => state.query);
    if (query === undefined)
      return void state.loadLinkEncoder().then(
        () => writeAddress(push),
        () => {},
      );
    if (push) history.pushState(null, '', `./?${query}`);
    else history.replaceState(null, '', `./?${query}`);
    state.addressQuery = query;
  };

  $effect(() => {
    const linkKey = state.linkKey;
    const key = state.historyKey;
    if (linkKey === written) return;
    written = linkKey;
    clearTimeout(timer);
    if (key !== historyKey) {
      historyKey = key;
      writeAddress(true);
    } else
      timer = setTimeout(() => {
        timer = undefined;
        writeAddress(false);
      }, URL_DEBOUNCE_MS);
  });

  $effect(() => {
    // Reading may wait for a preset or the parser to download; only the latest Back or Forward is applied.
    let latest = 0;
    const restore = async () => {
      clearTimeout(timer);
      timer = undefined;
      const step = ++latest;
      const address = pageAddress();
      try {
        await state.ensurePresets([linkPresetId(address)]);
      } catch {
        // Read against the presets at hand: the decoder reports a preset it cannot find.
      }
      const decoded = await decodeLink(address, state.presets);
      if (step !== latest) return;
      state.applyLink(decoded);
      // The address is the one Back or Forward went to, not the one last written.
      state.addressQuery = undefined;
      historyKey = state.historyKey;
      written = state.linkKey;
    };
    addEventListener('popstate', restore);
    return () => {
      removeEventListener('popstate', restore);
      clearTimeout(timer);
    };
  });

  return () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    writeAddress(false);
  };
}
