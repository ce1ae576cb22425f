import { mount } from 'svelte';
import { loadPresetsById } from '../app/loadPresetsById';
import { yieldToBrowser } from '../app/yieldToBrowser';
import { decodeLink } from '../link/decodeLink';
import EmbedApp from './EmbedApp.svelte';
import { reportHeight } from './reportHeight';
import '../app/global.css';

// In a function, not top-level await: top-level await turns off the bundler's chunk merging.
async function start(target: HTMLElement) {
  const params = new URLSearchParams(location.search);
  const plain = params.get('plain') === '1';
  // `plain` is the embed's own option, not part of the scenario link.
  params.delete('plain');
  const query = params.toString();
  if (plain) document.documentElement.classList.add('plain');
  // Only the preset this chart is built on is downloaded, not every preset.
  const presets = await loadPresetsById([params.get('p')]);
  await yieldToBrowser();
  const decoded = await decodeLink(query, presets);
  const appUrl = new URL(`./?${query}`, location.href).href;
  mount(EmbedApp, { target, props: { decoded, appUrl, plain } });
  reportHeight();
}

const target = document.getElementById('embed');
if (target) void start(target);
