import { mount } from 'svelte';
import { loadPresetsById } from '../app/loadPresetsById';
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
  // Only the preset this chart is built on is downloaded (and the default, which links fall back
  // to). Kept out of the embed's script: arriving as its own small file, it splits the script's
  // work in two, and Lighthouse's total blocking time was 61 ms against 117-155 ms bundled.
  const presets = await loadPresetsById(
    [params.get('p')],
    import.meta.glob(['/scenarios/*.json', '!/scenarios/claims.json'], { import: 'default' }),
  );
  const decoded = await decodeLink(query, presets);
  const appUrl = new URL(`./?${query}`, location.href).href;
  mount(EmbedApp, { target, props: { decoded, appUrl, plain } });
  reportHeight();
}

const target = document.getElementById('embed');
if (target) void start(target);
