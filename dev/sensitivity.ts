/**
 * The sensitivity gallery: every scope of a preset (the scope ladder unless `?preset=` names
 * another file in `scenarios/`), with its tornado chart and the histogram of its draws, and the
 * rank correlations as a plain list. For looking at the charts at any width while working on them;
 * `vite build` never includes it (it builds only index.html and, separately, embed.html).
 */
import { mount } from 'svelte';
import { loadPresets } from '../src/app/loadPresets';
import Histogram from '../src/charts/Histogram.svelte';
import TornadoChart from '../src/charts/TornadoChart.svelte';
import { estimateReach } from '../src/model/estimateReach';
import { rankCorrelations, tornado } from '../src/model/sensitivity';
import { resolveScenario } from '../src/scenario/resolveScenario';
import '../src/page/global.css';

const gallery = document.getElementById('gallery');
const wanted = new URLSearchParams(location.search).get('preset') ?? 'scope-ladder.json';

/** A new element with a class, appended to `parent`. */
function add<K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, className = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  parent.append(element);
  return element;
}

if (gallery) {
  const style = add(document.head, 'style');
  style.textContent = `
    #gallery { max-width: 72rem; margin: 0 auto; padding: 0.75rem; }
    #gallery section { border-top: 2px solid var(--rule); padding: 1rem 0 2rem; }
    #gallery .stack { display: grid; gap: 1.5rem; }
    #gallery .rho { font-size: 0.8125rem; margin: 0; }
  `;
  const scenario = loadPresets().find((candidate) => `${candidate.id}.json` === wanted);
  if (!scenario) add(gallery, 'p').textContent = `No preset ${wanted}`;
  else {
    const inputs = resolveScenario(scenario);
    const estimate = estimateReach(inputs);
    for (const [i, scope] of estimate.scopes.entries()) {
      const { label } = scenario.scopes[i]!;
      const section = add(gallery, 'section');
      section.dataset.scopeId = scope.id;
      add(section, 'h2').textContent = label;
      const stack = add(section, 'div', 'stack');
      mount(TornadoChart, {
        target: add(stack, 'div'),
        props: { bars: tornado(inputs, scope.id), title: `What moves the reach of ${label}` },
      });
      mount(Histogram, {
        target: add(stack, 'div'),
        props: {
          draws: scope.draws.peopleReached,
          interval: scope.peopleReached,
          title: `People reached by ${label}: ${estimate.samples.toLocaleString('en')} draws`,
        },
      });
      const list = add(stack, 'ul', 'rho');
      for (const { label, rho } of rankCorrelations(inputs, estimate, scope.id).filter((c) => c.rho !== 0)) {
        add(list, 'li').textContent = `${label}: Spearman ${rho.toFixed(3)}`;
      }
    }
  }
}
