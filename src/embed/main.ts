import { mount } from 'svelte';
import { loadPresets } from '../app/loadPresets';
import { decodeLink } from '../link/decodeLink';
import EmbedApp from './EmbedApp.svelte';
import { reportHeight } from './reportHeight';
import '../app/global.css';

const target = document.getElementById('embed');
if (target) {
  const params = new URLSearchParams(location.search);
  const plain = params.get('plain') === '1';
  // `plain` is the embed's own option, not part of the scenario link.
  params.delete('plain');
  const query = params.toString();
  if (plain) document.documentElement.classList.add('plain');
  const decoded = decodeLink(query, loadPresets().scenarios);
  const appUrl = new URL(`./?${query}`, location.href).href;
  mount(EmbedApp, { target, props: { decoded, appUrl, plain } });
  reportHeight();
}
