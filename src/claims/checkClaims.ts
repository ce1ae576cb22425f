import { shown, shownScenario } from '../data/shownText';
import { CLAIMS } from '../i18n/en/claims';
import { wordsFor } from '../i18n/wordsFor';
import { familyReadingById, familyTermById, termReadings } from '../data/familyReadings';
import type { ReachEstimate, ScopeEstimate } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import { estimateScenario } from '../report/estimateScenario';
import type { Scenario, Scope } from '../scenario/scenario';
import {
  QUANTITY_UNIT,
  type Claim,
  type ClaimQuantity,
  type ClaimSource,
  type ClaimedRange,
  type ClaimsFile,
  type QuantityUnit,
} from './claim';
import { describeReading, type ClaimedAmount } from './claimedAmount';
import { claimedRange } from './claimedRange';
import { formatQuantityInterval } from './formatQuantity';
import { quantityInterval } from './quantityInterval';
import { verdict, type Verdict } from './verdict';

/** Replacements for every tested scenario's draws and seed (the command line's `--samples`, `--seed`). */
export interface CheckOptions {
  samples?: number;
  seed?: number;
}

/** A claim checked under one reading of one tested scope. */
export interface ReadingVerdict {
  scopeId: string;
  scopeLabel: string;
  /** The `FamilyReading` id, or null for a scope with no undefined family term (its own rule). */
  readingId: string | null;
  /** Who the reading covers, for tables: "Spouses and children under 21", or the scope's label. */
  readingLabel: string;
  /** The model's median and 90% interval for the claim's quantity under this reading. */
  modelled: Interval;
  verdict: Verdict;
}

/**
 * How a claim fares across its readings:
 * - `supported`: every reading supports it (the words hold whichever relatives count);
 * - `depends-on-reading`: some readings support it and some do not;
 * - `not-supported`: no reading supports it.
 * For a claim about a measure that defines its own reading, `kind` is that reading's verdict.
 */
export type SummaryKind = 'supported' | 'depends-on-reading' | 'not-supported' | 'too-high' | 'too-low';

export interface ClaimSummary {
  kind: SummaryKind;
  /** Labels of the readings that support the claim, narrowest first. */
  supportedBy: string[];
  /** One plain paragraph in the page's language naming the readings behind the verdict. */
  text: string;
}

/** One claim checked against the model, as plain JSON. */
export interface ClaimCheck {
  id: string;
  words: string;
  who: string;
  where: string;
  when: string;
  source: ClaimSource;
  note?: string;
  quantity: ClaimQuantity;
  unit: QuantityUnit;
  claimedAmount: ClaimedAmount;
  /** The range the words assert, by the hedge's rule. */
  claimed: ClaimedRange;
  /** How the hedge was read, as a sentence. */
  hedgeReading: string;
  context: string;
  /** The scenario that tested the claim and the estimate's settings. */
  tested: {
    scenarioId: string;
    scenarioTitle: string;
    /** True when the scenario was written inline in the claims file rather than a preset. */
    inline: boolean;
    scopeIds: string[];
    year: number;
    seed: number;
    samples: number;
  };
  /** The verdict under every reading of every tested scope, narrowest first. */
  readings: ReadingVerdict[];
  /** The reading the measure itself defines, when it does: its verdict leads the summary. */
  definedReading?: string;
  summary: ClaimSummary;
}

/** A reading as a phrase in a sentence: "spouses and children under 21". */
function phrase(label: string): string {
  return label[0]!.toLowerCase() + label.slice(1);
}

/** One reading with its number: "spouses and children of any age (265 million, 252–278 million)". */
function withNumber(reading: ReadingVerdict, unit: QuantityUnit): string {
  return wordsFor('claims', CLAIMS).withNumber(
    phrase(reading.readingLabel),
    formatQuantityInterval(unit, reading.modelled),
  );
}

function list(items: readonly string[]): string {
  const w = wordsFor('claims', CLAIMS);
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(w.listSep)}${w.listAnd}${items.at(-1)}`;
}

/** The factor by which a claim misses a reading, as "1.4×". */
function factorText(v: Verdict): string {
  const w = wordsFor('claims', CLAIMS);
  if (!Number.isFinite(v.factor)) return w.outside;
  return w.times(String(v.factor < 10 ? v.factor.toFixed(1) : Math.round(v.factor)));
}

/**
 * The summary across readings: the verdict under the defined reading first if there is one, then
 * the readings that support the claim, and those it is too high or too low for.
 */
export function summarize(
  readings: readonly ReadingVerdict[],
  unit: QuantityUnit,
  definedReading?: string,
): ClaimSummary {
  const w = wordsFor('claims', CLAIMS);
  const supported = readings.filter((r) => r.verdict.kind === 'supported');
  const tooHigh = readings.filter((r) => r.verdict.kind === 'too-high');
  const tooLow = readings.filter((r) => r.verdict.kind === 'too-low');
  const supportedBy = supported.map((r) => r.readingLabel);
  const parts: string[] = [];
  const defined = definedReading === undefined ? undefined : readings.find((r) => r.readingId === definedReading);
  let kind: SummaryKind;

  if (defined) {
    const v = defined.verdict;
    const how =
      v.kind === 'supported' ? w.supported : w.withFactor(v.kind === 'too-high' ? w.tooHigh : w.tooLow, factorText(v));
    parts.push(w.ownVerdict(withNumber(defined, unit), how));
    kind = v.kind;
    const others = supported.filter((r) => r !== defined);
    if (others.length > 0) parts.push(w.alsoMatches(others.length, list(others.map((r) => withNumber(r, unit)))));
    else if (v.kind !== 'supported') parts.push(w.noOther);
    return { kind, supportedBy, text: parts.join(w.sentenceSep) };
  }

  if (readings.length === 1) {
    const only = readings[0]!;
    return { kind: only.verdict.kind, supportedBy, text: only.verdict.reason };
  }
  // The nearest misses: the largest reading the claim is still too high for, the smallest it is too low for.
  const byMedian = (a: ReadingVerdict, b: ReadingVerdict) => a.modelled.median - b.modelled.median;
  const nearestBelow = [...tooHigh].sort(byMedian).at(-1);
  const nearestAbove = [...tooLow].sort(byMedian)[0];
  if (supported.length === readings.length) {
    kind = 'supported';
    const [smallest, largest] = [[...readings].sort(byMedian)[0]!, [...readings].sort(byMedian).at(-1)!];
    parts.push(w.everyReading(withNumber(smallest, unit), withNumber(largest, unit)));
  } else if (supported.length > 0) {
    kind = 'depends-on-reading';
    parts.push(w.dependsOn(list(supported.map((r) => withNumber(r, unit)))));
    if (nearestBelow) parts.push(w.missed(true, tooHigh.length, withNumber(nearestBelow, unit)));
    if (nearestAbove) parts.push(w.missed(false, tooLow.length, withNumber(nearestAbove, unit)));
  } else if (nearestBelow && nearestAbove) {
    kind = 'not-supported';
    parts.push(
      w.between(withNumber(nearestBelow, unit), withNumber(nearestAbove, unit), tooHigh.length, tooLow.length),
    );
  } else if (nearestBelow) {
    kind = 'not-supported';
    parts.push(w.highEvery(withNumber(nearestBelow, unit)));
  } else {
    kind = 'not-supported';
    parts.push(w.lowEvery(withNumber(nearestAbove!, unit)));
  }
  return { kind, supportedBy, text: parts.join(w.sentenceSep) };
}

/** Labels start with a capital for tables; in a sentence these first words are lower-cased, names are not. */
const COMMON_FIRST_WORDS = new Set(['All', 'Members', 'Member', 'The', 'Named', 'Every', 'Four', 'Spouses', 'Spouse']);

function inSentence(label: string): string {
  const first = label.split(/[\s,]/, 1)[0] ?? '';
  return COMMON_FIRST_WORDS.has(first) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** What the modelled number is of, to read after "The model puts". */
function subjectOf(quantity: ClaimQuantity, who: string): string {
  const w = wordsFor('claims', CLAIMS);
  switch (quantity) {
    case 'peopleReached':
      return who;
    case 'shareOfPopulation':
      return w.ofPopulation(who);
    case 'shareOfAdults':
      return w.ofAdults(who);
    case 'members':
      return w.membersOnly(who);
    case 'countriesLarger':
      return w.countriesAsLarge(who);
  }
}

/** The quantity under one reading: the scope's estimate with that reading's reach and shares. */
function readingInterval(quantity: ClaimQuantity, scope: ScopeEstimate, readingIndex: number | null): Interval {
  const reading = readingIndex === null ? undefined : scope.readings[readingIndex]!;
  return quantityInterval(quantity, reading ? { ...scope, ...reading, id: scope.id } : scope);
}

/** Quantities that do not depend on which relatives count: tested once per scope. */
const FAMILY_BLIND: ReadonlySet<ClaimQuantity> = new Set(['members', 'countriesLarger']);

function plain({ median, p05, p95 }: Interval): Interval {
  return { median, p05, p95 };
}

/** The readings a claim is tested under for one scope: each reading of its term, or the scope alone. */
function scopeVerdicts(claim: Claim, claimed: ClaimedRange, scope: Scope, estimate: ScopeEstimate): ReadingVerdict[] {
  const unit = QUANTITY_UNIT[claim.quantity];
  const term = scope.familyTerm === undefined ? undefined : familyTermById(scope.familyTerm);
  const judge = (readingId: string | null, readingLabel: string, index: number | null, who: string): ReadingVerdict => {
    const modelled = plain(readingInterval(claim.quantity, estimate, index));
    return {
      scopeId: scope.id,
      scopeLabel: scope.label,
      readingId,
      readingLabel,
      modelled,
      verdict: verdict(claimed, modelled, { subject: subjectOf(claim.quantity, who), unit }),
    };
  };
  if (!term || FAMILY_BLIND.has(claim.quantity)) return [judge(null, scope.label, null, inSentence(scope.label))];
  return termReadings(term).map((reading, index) => {
    const label = shown('readingLabels', reading.id, reading.label);
    return judge(
      reading.id,
      label,
      index,
      wordsFor('claims', CLAIMS).readingAs(inSentence(scope.label), phrase(label)),
    );
  });
}

/**
 * Checks every claim against the model: resolves its preset or inline scenario, estimates it
 * (once per scenario, so claims on the same preset share one estimate and match
 * `npm run estimate` for it), reads the claim's quantity from each tested scope under every
 * reading of its undefined family term, gives a verdict for each and sums them up, naming the
 * readings that support the claim.
 *
 * Pure: the presets are an argument, and every estimate is seeded.
 *
 * @param file claims read by `parseClaims`
 * @param presets the preset scenarios claims may name
 * @throws Error if a claim names a preset or scope that is not there; check first with
 *   `claimReferenceProblems`
 */
export function checkClaims(file: ClaimsFile, presets: readonly Scenario[], options: CheckOptions = {}): ClaimCheck[] {
  const estimates = new Map<Scenario, ReachEstimate>();
  const withOptions = (scenario: Scenario): Scenario => ({
    ...scenario,
    ...(options.samples === undefined ? {} : { samples: options.samples }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });

  return file.claims.map((claim: Claim): ClaimCheck => {
    const test = claim.test;
    const inline = 'scenario' in test;
    const found = 'scenario' in test ? test.scenario : presets.find((preset) => preset.id === test.scenarioId);
    if (!found) throw new Error(`claim ${claim.id}: no preset ${JSON.stringify(claim.test)}`);
    // Its scopes named as the page names them: a preset's (or the claims file's) own labels in the
    // page's edition.
    const scenario = withOptions(shownScenario(found, found));
    let estimate = estimates.get(found);
    if (!estimate) {
      estimate = estimateScenario(scenario).estimate;
      estimates.set(found, estimate);
    }
    const unit = QUANTITY_UNIT[claim.quantity];
    const claimed = claimedRange(claim.claimed);
    const readings = test.scopeIds.flatMap((scopeId) => {
      const index = scenario.scopes.findIndex((scope) => scope.id === scopeId);
      if (index < 0) throw new Error(`claim ${claim.id}: no scope ${scopeId} in ${scenario.id}`);
      return scopeVerdicts(claim, claimed, scenario.scopes[index]!, estimate.scopes[index]!);
    });
    if (claim.definedReading !== undefined && !familyReadingById(claim.definedReading)) {
      throw new Error(`claim ${claim.id}: no reading ${claim.definedReading}`);
    }
    const firstScope = estimate.scopes[scenario.scopes.findIndex((scope) => scope.id === test.scopeIds[0])]!;

    return {
      id: claim.id,
      words: claim.words,
      who: claim.who,
      where: claim.where,
      when: claim.when,
      source: claim.source,
      ...(claim.note === undefined ? {} : { note: claim.note }),
      quantity: claim.quantity,
      unit,
      claimedAmount: claim.claimed,
      claimed,
      hedgeReading: describeReading(claim.claimed, unit),
      context: claim.context,
      tested: {
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        inline,
        scopeIds: [...test.scopeIds],
        year: firstScope.year,
        seed: estimate.seed,
        samples: estimate.samples,
      },
      readings,
      ...(claim.definedReading === undefined ? {} : { definedReading: claim.definedReading }),
      summary: summarize(readings, unit, claim.definedReading),
    };
  });
}
