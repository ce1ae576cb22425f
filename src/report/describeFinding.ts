import { shown } from '../data/shownText';
import { familyReadingById } from '../data/familyReadings';
import { isolate } from '../format/isolate';
import { REPORT } from '../i18n/en/report';
import { wordsFor } from '../i18n/wordsFor';
import { findingPair, type PreferredPair } from '../model/findingPair';
import type { Interval } from '../model/interval';
import type { ScopeRecord } from './estimateRecord';

/**
 * The comparison each preset was built to show, by preset id: the scope the finding is about and
 * the one it is measured against. The ladder answers "how much wider is the STOP CCP Act's rule
 * than the 2020 Magnitsky designations?"; a scope missing from an edited scenario falls back to
 * the default (the largest against the smallest).
 */
export const FINDING_FOCUS: Readonly<Record<string, PreferredPair>> = {
  'scope-ladder': { focusId: 'central-committee-families', baseId: 'named-officials' },
  'magnitsky-2020': { focusId: 'xinjiang-entry-bar', baseId: 'xinjiang-officials' },
  'stop-ccp-act': { focusId: 'cc-all', baseId: 'cc-with-finding' },
  'member-visa-ban-2020': { focusId: 'members-and-families', baseId: 'members' },
};

/** The card's headline: the finding in words, the reading it rests on, and the comparison behind it. */
export interface Finding {
  /** One sentence: who is reached, how many, and (with two or more scopes) how many times another scope. */
  sentence: string;
  /** Which reading of an undefined family term the number is under, and what the others give; '' if none. */
  reading: string;
  focusId: string;
  /** The scope compared against, when there is one. */
  baseId?: string;
  /** Focus reach / base reach, from paired draws (dimensionless). */
  ratio?: Interval;
}

/** "about 3,610 people (3,350–3,890)", or "100,271,000 people" for an official count. */
function reachPhrase(reach: Interval, w: typeof REPORT): string {
  return reach.p05 === reach.p95 ? w.reachExact(reach.median) : w.reachAbout(reach);
}

/**
 * The finding a reader should take away, in words, for the card's title: "Central Committee and
 * adult family would reach about 3,610 people (3,350–3,890), 903 times (838–973) as many as
 * “Named officials (Global Magnitsky, July 2020)”." The ratio's interval is read from the paired
 * draws, not from the two intervals. Names are the scenario's, isolated so a right-to-left name
 * cannot reorder the sentence.
 *
 * @param results the scopes, in the scenario's order (at least one)
 * @param ratioOf the ratio of two scopes' reach (by index), from the estimate's paired draws
 * @param presetId the preset the scenario is or was, for the comparison it was built to show
 */
export function describeFinding(
  results: readonly ScopeRecord[],
  ratioOf: (focusIndex: number, baseIndex: number) => Interval | undefined,
  presetId?: string,
): Finding {
  const w = wordsFor('report', REPORT);
  const pair = findingPair(
    results.map((result) => result.id),
    results.map((result) => result.reach.median),
    presetId === undefined ? undefined : FINDING_FOCUS[presetId],
  );
  const focus = results[pair.focus]!;
  const base = pair.base === undefined ? undefined : results[pair.base];
  const who = isolate(focus.label);
  const reach = reachPhrase({ median: focus.reach.median, p05: focus.reach.p05, p95: focus.reach.p95 }, w);
  const ratio = pair.base === undefined ? undefined : ratioOf(pair.focus, pair.base);
  const sentence =
    base && ratio
      ? w.findingRatio(who, reach, ratio, isolate(base.label))
      : w.findingShare(who, reach, focus.shareOfPopulation.median);
  const family = focus.family;
  const chosen = family?.chosenReading ? familyReadingById(family.chosenReading) : undefined;
  const { low, high } = family?.acrossReadings ?? { low: 0, high: 0 };
  const reading =
    family && family.readings.length > 1
      ? w.findingReading(
          family.words,
          chosen && shown('readingLabels', chosen.id, chosen.label),
          family.readings.length,
          low,
          high,
        )
      : '';
  return {
    sentence,
    reading,
    focusId: focus.id,
    ...(base && ratio ? { baseId: base.id, ratio } : {}),
  };
}
