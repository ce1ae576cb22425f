/**
 * The chart gallery: every preset scenario, estimated as the app does, drawn by the row chart
 * (`RowChart`) as the reach chart (with its reference toggles) and the share chart on both bases.
 * For looking at the charts at any width while working on them; `vite build` never includes it
 * (it builds only index.html).
 */
import { mount, unmount } from 'svelte';
import { loadPresets } from '../src/app/loadPresets';
import ReferenceToggles from '../src/app/ReferenceToggles.svelte';
import { placeReachChart } from '../src/charts/geometry/placeReachChart';
import { placeShareChart, shareChartTitle } from '../src/charts/geometry/placeShareChart';
import type { ShareBasis } from '../src/link/linkState';
import RowChart from '../src/charts/RowChart.svelte';
import { CATALOGUE_VERSION } from '../src/data/catalogue';
import { referenceLines } from '../src/data/referenceLines';
import { estimateReach } from '../src/model/estimateReach';
import { estimateRecord } from '../src/report/estimateRecord';
import { resolveScenario } from '../src/scenario/resolveScenario';
import '../src/page/global.css';

const gallery = document.getElementById('gallery');
const showAll = new URLSearchParams(location.search).has('all');

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
  `;
  for (const scenario of loadPresets()) {
    const record = estimateRecord(scenario, estimateReach(resolveScenario(scenario)), CATALOGUE_VERSION);
    const year = Math.max(...record.results.map((result) => result.year));
    const lines = referenceLines(year);
    let shown = lines.filter((line) => showAll || line.shownByDefault).map((line) => line.id);

    const section = add(gallery, 'section');
    section.dataset.scenarioId = scenario.id;
    add(section, 'h2').textContent = scenario.title;
    const stack = add(section, 'div', 'stack');
    const togglesTarget = add(stack, 'div');
    const reachTarget = add(stack, 'div');
    const populationTarget = add(stack, 'div');
    const adultsTarget = add(stack, 'div');

    const drawReach = () =>
      mount(RowChart, {
        target: reachTarget,
        props: {
          class: 'reach-chart',
          place: (widthPx: number) =>
            placeReachChart(
              record.results,
              lines.filter((line) => shown.includes(line.id)),
              widthPx,
            ),
          title: `People reached: ${scenario.title}`,
        },
      });
    let reach = drawReach();
    // The props object reads `shown` through a getter, so the toggles always see the latest ids;
    // the chart is mounted afresh on each change (plain TypeScript has no runes to make it reactive).
    mount(ReferenceToggles, {
      target: togglesTarget,
      props: {
        lines,
        get shown() {
          return shown;
        },
        onchange: (next: string[]) => {
          shown = next;
          void unmount(reach);
          reach = drawReach();
        },
      },
    });
    const share = (basis: ShareBasis) => ({
      class: 'share-chart',
      place: (widthPx: number) => placeShareChart(record.results, basis, widthPx),
      title: shareChartTitle(basis),
    });
    mount(RowChart, { target: populationTarget, props: share('population') });
    mount(RowChart, { target: adultsTarget, props: share('adults') });
  }
}
