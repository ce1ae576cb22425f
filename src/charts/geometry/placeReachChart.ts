import type { ReferenceLine } from '../../data/referenceLines';
import type { ChartClaim } from './chartClaim';
import type { ChartScope } from './chartScope';
import { formatPeople, formatPeopleChange } from '../../format/formatPeople';
import { formatShareInterval } from '../../format/formatShare';
import { isolate } from '../../format/isolate';
import { CHART } from '../../i18n/en/chart';
import { currentLocale, wordsFor } from '../../i18n/wordsFor';
import { describeRows, reachInWords } from './describeRows';
import { makeReachScale } from './makeReachScale';
import { makeRowLayout } from './makeRowLayout';
import { LOG_ABOVE_RATIO, peopleScaleKind } from './peopleScaleKind';
import type { PlacedAxis } from './placeAxis';
import { placeRowChart, type PlacedRowChart, type RowSpec } from './placeRowChart';

/** A claim's range is drawn at least this wide, px, so one the scale shrinks to a point still shows. */
const CLAIM_MIN_WIDTH_PX = 5;

/**
 * Lays out the reach chart at a width: a range plot per scope (the 90% interval, a dot at the
 * median, an open diamond at the people sanctioned directly, a ghost at the preset's value), under
 * the reference lines' labels and over the axis. When the scopes span more than two orders of
 * magnitude the axis is log, from 1 person to the largest of China's population (in the scopes'
 * years), the reference values and the reach; within two orders it is linear from 0 to just above
 * the largest scope, with the reference lines that fall inside it. Counts below 1 person clamp to 1.
 *
 * @param results scopes, top to bottom
 * @param references the reference lines to draw (only the shown ones)
 * @param widthPx the chart's measured width, px
 * @param origins the preset's median reach by scope id, persons, while the scenario is an edited
 *   preset: a changed row gets a ghost there and its signed change in its label
 * @param claims claims from public debate, each drawn as a row under the scope it names (claims
 *   naming no scope shown are left out)
 */
export function placeReachChart(
  results: readonly ChartScope[],
  references: readonly ReferenceLine[],
  widthPx: number,
  origins?: ReadonlyMap<string, number>,
  claims: readonly ChartClaim[] = [],
): PlacedRowChart & { axis: PlacedAxis } {
  const [w, locale] = [wordsFor('chart', CHART).reach, currentLocale()];
  const people = (count: number) => formatPeople(count, locale);
  const layout = makeRowLayout(widthPx);
  const shownClaims = claims.filter((claim) => results.some((result) => result.id === claim.scopeId));
  // The scale follows the scopes (and the claims drawn against them): reference lines fit in around them.
  const drawn = [
    ...results.flatMap((result) => [result.reach.p05, result.reach.p95]),
    ...(origins?.values() ?? []),
    ...shownClaims.flatMap((claim) => [claim.lowPeople, claim.highPeople]),
  ];
  const scaleKind = peopleScaleKind(Math.max(1, Math.min(...drawn)), Math.max(...drawn));
  // A log axis also reaches China's population and every reference line; a linear one only what is drawn.
  const beyond =
    scaleKind === 'log' ? [...results.map((result) => result.population), ...references.map((line) => line.value)] : [];
  const axis = makeReachScale(Math.max(10, ...drawn, ...beyond), layout.plotWidthPx, scaleKind);
  const domainEnd = axis.scale.domain()[1]!;
  // A linear axis draws only the lines within two orders of magnitude below its end.
  const shown =
    scaleKind === 'log'
      ? references
      : references.filter((line) => line.value <= domainEnd && line.value * LOG_ABOVE_RATIO >= domainEnd);

  const x = (people: number) => axis.scale(Math.max(1, people));
  const claimSpec = (claim: ChartClaim): RowSpec => {
    // A range the scale shrinks to a point is drawn CLAIM_MIN_WIDTH_PX wide around its middle.
    const [x0Px, x1Px] = [x(claim.lowPeople), x(claim.highPeople)];
    const middlePx = (x0Px + x1Px) / 2;
    const segment =
      x1Px - x0Px >= CLAIM_MIN_WIDTH_PX
        ? { x0Px, x1Px }
        : { x0Px: middlePx - CLAIM_MIN_WIDTH_PX / 2, x1Px: middlePx + CLAIM_MIN_WIDTH_PX / 2 };
    return {
      ...{ id: `claim-${claim.id}`, name: claim.name, detail: claim.detail, labelText: claim.labelText },
      ...{ medianXPx: segment.x0Px, bars: [], claim: segment },
      summary: claim.summary,
    };
  };
  const scopeSpecs = results.map((result): RowSpec => {
    const medianXPx = x(result.reach.median);
    const core = Math.min(result.core, result.reach.median);
    const coreXPx = x(core);
    const relativesShare = result.reach.median > 0 ? 1 - core / result.reach.median : 0;
    const origin = origins?.get(result.id);
    const change = origin === undefined ? undefined : formatPeopleChange(result.reach.median - origin, locale);
    const changed = origin !== undefined && change !== formatPeopleChange(0, locale);
    return {
      id: result.id,
      name: result.label,
      labelText: `${reachInWords(result.reach, true)}${changed ? w.changed(change!) : ''}`,
      medianXPx,
      interval:
        result.reach.p05 === result.reach.p95 ? undefined : { x0Px: x(result.reach.p05), x1Px: x(result.reach.p95) },
      bars: [],
      // Less than half a pixel from the median, the marker would sit on the dot: leave it out.
      coreXPx: medianXPx - coreXPx >= 0.5 ? coreXPx : undefined,
      ghostXPx: changed ? x(origin) : undefined,
      summary: `${result.label}: ${reachInWords(result.reach)}${relativesWords(relativesShare)}${changed ? w.changedFrom(change!, people(origin)) : ''}`,
    };
  });
  // Each scope's claims right under it, so the claim and the estimate read together.
  const specs = results.flatMap((result, i) => [
    scopeSpecs[i]!,
    ...shownClaims.filter((claim) => claim.scopeId === result.id).map(claimSpec),
  ]);
  const population = Math.max(...results.map((result) => result.population));
  const share = (result: ChartScope) => formatShareInterval(result.shareOfPopulation, locale);
  const list = (items: string[]) => items.join(wordsFor('chart', CHART).list);
  const description = describeRows(
    results,
    scaleKind === 'log' ? w.logScale(people(population)) : w.linearScale(people(domainEnd)),
    (result) => result.reach,
    (result) => w.rowInWords(isolate(result.label), reachInWords(result.reach), share(result)),
    [
      shown.length > 0 && w.references(list(shown.map((line) => w.reference(line.label, people(line.value))))),
      shownClaims.length > 0 && w.claims(list(shownClaims.map((claim) => claim.inWords))),
    ].filter((sentence) => sentence !== false),
  );
  const titles = [scaleKind === 'log' ? w.axisLog : w.axisLinear];
  return placeRowChart(layout, specs, { ...axis, titles }, shown, { description, key: w.measure });
}

/** ", 51% of them covered relatives", said where the chart does not draw the share as a length. */
function relativesWords(share: number): string {
  if (share <= 0) return '';
  const percent = share >= 0.995 ? '>99' : share < 0.01 ? '<1' : String(Math.round(share * 100));
  return wordsFor('chart', CHART).reach.relatives(percent);
}
