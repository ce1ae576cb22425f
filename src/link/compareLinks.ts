import { instrumentLabel, relationLabel } from '../i18n/editorPart';
import { shown } from '../data/shownText';
import { formatCount } from '../format/formatCount';
import { formatRatioValue } from '../format/formatRatio';
import { isolate } from '../format/isolate';
import { familyTermById } from '../data/familyReadings';
import { groupById } from '../data/catalogue';
import { DESIGNATION_SOURCES } from '../data/designationSources';
import { DEMOGRAPHIC_ASSUMPTIONS } from '../data/demographicAssumptions';
import { DEMOGRAPHIC_KEYS } from '../model/demographicParameters';
import { sameRange, type Range } from '../model/range';
import type { ScopeRecord } from '../report/estimateRecord';
import { demographicRanges } from '../scenario/resolveScenario';
import { INSTRUMENT_KINDS, type Scope } from '../scenario/scenario';
import type { LinkState } from './linkState';
import { SHARE } from '../i18n/en/share';
import { currentLocale, wordsFor } from '../i18n/wordsFor';

/** One setting that differs between two links, as text for a table. */
export interface Difference {
  what: string;
  here: string;
  there: string;
}

/** One scope of either link, matched with its counterpart, and how they differ. */
export interface ScopeComparison {
  /**
   * The row's heading: the scope's name, or both names ("A ↔ B", each isolated) when the matched
   * scopes are named differently, so neither link's number sits under the other's name.
   */
  label: string;
  /** Whether the matched scopes are named differently (the heading then carries both names). */
  renamed: boolean;
  here?: ScopeRecord;
  there?: ScopeRecord;
  /** The change in median reach from this page to the second link: "× 1.5", "÷ 2.28", or "–". */
  change: string;
  differences: Difference[];
}

export interface LinkComparison {
  /** Differences that apply to every scope: seed, draws, shared assumptions. */
  settings: Difference[];
  scopes: ScopeComparison[];
}

/** A range as the reader typed it: "10–30–100%" for shares, "1.5–2.5–4" otherwise. */
function rangeText(range: Range | undefined, percent: boolean): string {
  if (!range) return wordsFor('share', SHARE).none;
  const show = (x: number) => (percent ? `${Number((x * 100).toPrecision(4))}` : `${Number(x.toPrecision(4))}`);
  const unit = percent ? '%' : '';
  return range.low === range.high
    ? `${show(range.low)}${unit}`
    : `${show(range.low)}–${show(range.mode)}–${show(range.high)}${unit}`;
}

/** Two optional ranges alike: both absent, or both present with the same values. */
const sameOrBothAbsent = (a?: Range, b?: Range) => a === b || (!!a && !!b && sameRange(a, b));

function baseText(scope: Scope): string {
  const w = wordsFor('share', SHARE);
  const base = scope.base;
  if (base.kind === 'group')
    return w.groupBase(shown('groups', base.groupId, groupById(base.groupId)?.label ?? base.groupId), base.year);
  // Each round by its title, never by the catalogue's id ("glomag-2020-07-09-xinjiang").
  const round = (id: string) => shown('roundTitles', id, DESIGNATION_SOURCES[id]?.title ?? id);
  if (base.kind === 'named') return w.namedBase(base.roundIds.map(round), base.year);
  return w.customBase(base.groupLabel, rangeText(base.people, false), base.year);
}

function scopeDifferences(a: Scope, b: Scope): Difference[] {
  const w = wordsFor('share', SHARE);
  const rows = w.rows;
  const differences: Difference[] = [];
  const add = (what: string, here: string, there: string) => {
    if (here !== there) differences.push({ what, here, there });
  };
  // No name row: a scope's heading names both scopes when their names differ (`compareLinks`).
  add(rows.base, baseText(a), baseText(b));
  if (!sameOrBothAbsent(a.conductShare, b.conductShare)) {
    add(rows.conduct, rangeText(a.conductShare, true), rangeText(b.conductShare, true));
  }
  if (!sameOrBothAbsent(a.waiverShare, b.waiverShare))
    add(rows.waiver, rangeText(a.waiverShare, true), rangeText(b.waiverShare, true));
  const family = (s: Scope) => s.family.map(relationLabel).join(w.listSeparator) || w.none;
  add(rows.family, family(a), family(b));
  const term = (s: Scope) =>
    s.familyTerm === undefined
      ? w.none
      : `“${shown('termWords', s.familyTerm, familyTermById(s.familyTerm)?.words ?? s.familyTerm)}”`;
  add(rows.term, term(a), term(b));
  for (const kind of INSTRUMENT_KINDS) {
    const x = a.instruments.find((i) => i.kind === kind)?.exposurePerYear;
    const y = b.instruments.find((i) => i.kind === kind)?.exposurePerYear;
    if (!sameOrBothAbsent(x, y)) add(rows.exposure(instrumentLabel(kind)), rangeText(x, true), rangeText(y, true));
  }
  return differences;
}

/**
 * How the second link's median reach compares with this page's, as the comparison's last column
 * writes it: "× 23,000,000", "× 1.5" when it is as large or larger, "÷ 2.28" when smaller (the
 * inverse ratio, so the figure is always 1 or more); "–" when a side has no scope or a median of 0,
 * where no ratio exists. Three significant figures through the page's number formatter, in the
 * page's language.
 *
 * @param hereMedian this page's median reach, persons
 * @param thereMedian the second link's median reach, persons
 */
export function medianChange(hereMedian: number | undefined, thereMedian: number | undefined): string {
  if (!hereMedian || !thereMedian) return '–';
  const w = wordsFor('share', SHARE);
  const locale = currentLocale();
  return thereMedian >= hereMedian
    ? w.times(formatRatioValue(thereMedian / hereMedian, locale))
    : w.dividedBy(formatRatioValue(hereMedian / thereMedian, locale));
}

/**
 * What differs between the page's scenario and another link's, assumption by assumption, and
 * each scope's results side by side, for rebuttals. Scopes are matched by id, then by position.
 *
 * Position matching stays although two links from different presets then pair unrelated scopes:
 * a debater's link may carry the same scope under a new id (deleted and re-added, or written by
 * hand), and pairing by position is what puts its number beside this page's. Pairing by position
 * only scopes of the same base group, the other way considered, would not by itself keep each
 * number under its own name: a scope matched by id, or by position within one group, may still
 * have been renamed. So whenever the matched scopes' names differ, the row is headed with both
 * names, in the columns' order ("Named officials ↔ All Party members"), which holds in every case;
 * the reader sees at once that two different scopes are being set side by side.
 */
export function compareLinks(
  here: LinkState,
  there: LinkState,
  hereResults: readonly ScopeRecord[],
  thereResults: readonly ScopeRecord[],
): LinkComparison {
  const w = wordsFor('share', SHARE);
  const settings: Difference[] = [];
  const add = (what: string, a: string, b: string) => {
    if (a !== b) settings.push({ what, here: a, there: b });
  };
  add(w.rows.seed, String(here.scenario.seed), String(there.scenario.seed));
  add(w.rows.draws, formatCount(here.scenario.samples), formatCount(there.scenario.samples));
  const [rangesA, rangesB] = [demographicRanges(here.scenario), demographicRanges(there.scenario)];
  for (const key of DEMOGRAPHIC_KEYS) {
    if (!sameOrBothAbsent(rangesA[key], rangesB[key])) {
      const percent = DEMOGRAPHIC_ASSUMPTIONS[key].unit.startsWith('share');
      settings.push({
        what: shown('inputs', key, DEMOGRAPHIC_ASSUMPTIONS[key].label),
        here: rangeText(rangesA[key], percent),
        there: rangeText(rangesB[key], percent),
      });
    }
  }

  const unmatched = [...there.scenario.scopes];
  const scopes: ScopeComparison[] = here.scenario.scopes.map((scope, position) => {
    let index = unmatched.findIndex((s) => s.id === scope.id);
    if (index < 0 && there.scenario.scopes[position] && unmatched.includes(there.scenario.scopes[position]!)) {
      index = unmatched.indexOf(there.scenario.scopes[position]!);
    }
    const other = index >= 0 ? unmatched.splice(index, 1)[0] : undefined;
    const renamed = !!other && other.label !== scope.label;
    const hereRecord = hereResults.find((r) => r.id === scope.id);
    const thereRecord = other ? thereResults.find((r) => r.id === other.id) : undefined;
    return {
      // The names are written by a link's author: each is isolated, so a right-to-left name
      // cannot carry the arrow or the other name across it.
      label: renamed ? w.bothNames(isolate(scope.label), isolate(other.label)) : scope.label,
      renamed,
      here: hereRecord,
      there: thereRecord,
      change: medianChange(hereRecord?.reach.median, thereRecord?.reach.median),
      differences: other ? scopeDifferences(scope, other) : [{ what: w.rows.scope, here: w.present, there: w.absent }],
    };
  });
  for (const other of unmatched) {
    scopes.push({
      label: other.label,
      renamed: false,
      there: thereResults.find((r) => r.id === other.id),
      change: medianChange(undefined, undefined),
      differences: [{ what: w.rows.scope, here: w.absent, there: w.present }],
    });
  }
  return { settings, scopes };
}
