import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadPresets } from './app/loadPresets';
import { decodeLink } from './link/decodeLink';
import './app/global.css';

const target = document.getElementById('app');
if (target) {
  const presets = loadPresets();
  // The link is read once here; after that the page's state writes the address, not the reverse.
  const opened = decodeLink(location.search, presets.scenarios);
  mount(App, { target, props: { presets, opened } });
}
