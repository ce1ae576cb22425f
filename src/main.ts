import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadPresetsById } from './app/loadPresetsById';
import { yieldToBrowser } from './app/yieldToBrowser';
import { presetIndex } from './app/presetIndex';
import { decodeLink, linkPresetId } from './link/decodeLink';
import './app/global.css';

// In a function, not top-level await: top-level await turns off the bundler's chunk merging, and
// the page would load many small chunks instead of one.
async function start(target: HTMLElement) {
  // The default preset ships with the page; the one a link names is downloaded now, others when chosen.
  const presets = await loadPresetsById([linkPresetId(location.search)]);
  await yieldToBrowser();
  // The link is read once here; after that the page's state writes the address, not the reverse.
  const opened = await decodeLink(location.search, presets);
  mount(App, { target, props: { presets, opened, index: presetIndex(), fetchPresets: loadPresetsById } });
}

const target = document.getElementById('app');
if (target) void start(target);
