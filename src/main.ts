import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadPresets } from './app/loadPresets';
import { decodeLink } from './link/decodeLink';
import './app/global.css';

// In a function, not top-level await: top-level await turns off the bundler's chunk merging, and
// the page would load many small chunks instead of one.
async function start(target: HTMLElement) {
  const presets = loadPresets();
  // The link is read once here; after that the page's state writes the address, not the reverse.
  const opened = await decodeLink(location.search, presets);
  mount(App, { target, props: { presets, opened } });
}

const target = document.getElementById('app');
if (target) void start(target);
