import { estimateReach, type ReachEstimate } from '../model/estimateReach';
import type { Interval } from '../model/interval';
import { demographicRanges, resolveScenario } from '../scenario/resolveScenario';
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
import { quantityInterval } from './quantityInterval';
import { solveForClaim, type WhatItWouldTake } from './solveForClaim';
import { verdict, type Verdict } from './verdict';

/** Replacements for every tested scenario's draws and seed (the command line's `--samples`, `--seed`). */
export interface CheckOptions {
  samples?: number;
  seed?: number;
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
  claimed: ClaimedRange;
  reading: string;
  /** The scope that tested the claim and the estimate's settings. */
  tested: {
    scenarioId: string;
    scenarioTitle: string;
    /** True when the scenario was written inline in the claims file rather than a preset. */
    inline: boolean;
    scopeId: string;
    scopeLabel: string;
    year: number;
    seed: number;
    samples: number;
  };
  /** The model's median and 90% interval for `quantity`, in `unit`. */
  modelled: Interval;
  verdict: Verdict;
  /** For a claim the model does not support, about people reached or a share of the population. */
  whatItWouldTake?: WhatItWouldTake;
}

/** Labels start with a capital for tables; in a sentence these first words are lower-cased, names are not. */
const COMMON_FIRST_WORDS = new Set(['All', 'Members', 'Member', 'The', 'Named', 'Every', 'Four']);

function inSentence(label: string): string {
  const first = label.split(/[\s,]/, 1)[0] ?? '';
  return COMMON_FIRST_WORDS.has(first) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** What the modelled number is of, to read after "The model puts". */
function subjectOf(quantity: ClaimQuantity, scope: Scope): string {
  const who = inSentence(scope.label);
  switch (quantity) {
    case 'peopleReached':
      return who;
    case 'shareOfPopulation':
      return `${who} as a share of China's population`;
    case 'shareOfAdults':
      return `${who} as a share of China's adults`;
    case 'members':
      return scope.family.length > 0 ? `${who}, counting members only` : who;
    case 'countriesLarger':
      return `the countries with at least as many people as ${who}`;
  }
}

function plainInterval({ median, p05, p95 }: Interval): Interval {
  return { median, p05, p95 };
}

/** Quantities about people reached, for which covered relatives per member decide the number. */
const SOLVABLE: ReadonlySet<ClaimQuantity> = new Set(['peopleReached', 'shareOfPopulation']);

/**
 * Checks every claim against the model: resolves its preset or inline scenario, estimates it
 * (once per scenario, so claims on the same preset share one estimate and match
 * `npm run estimate` for it), reads the claim's quantity from the tested scope, gives a verdict,
 * and for a claim about people reached that the model does not support, solves for the covered
 * relatives per member it would take.
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
    const scenario = withOptions(found);
    const scopeIndex = scenario.scopes.findIndex((scope) => scope.id === claim.test.scopeId);
    const scope = scenario.scopes[scopeIndex];
    if (!scope) throw new Error(`claim ${claim.id}: no scope ${claim.test.scopeId} in ${scenario.id}`);

    let estimate = estimates.get(found);
    if (!estimate) {
      estimate = estimateReach(resolveScenario(scenario));
      estimates.set(found, estimate);
    }
    const scopeEstimate = estimate.scopes[scopeIndex]!;
    const unit = QUANTITY_UNIT[claim.quantity];
    const modelled = plainInterval(quantityInterval(claim.quantity, scopeEstimate));
    const judged = verdict(claim.claimed, modelled, { subject: subjectOf(claim.quantity, scope), unit });

    let whatItWouldTake: WhatItWouldTake | undefined;
    if (judged.kind !== 'supported' && SOLVABLE.has(claim.quantity)) {
      const toPeople = unit === 'share' ? scopeEstimate.population : 1;
      whatItWouldTake = solveForClaim(
        { low: claim.claimed.low * toPeople, high: claim.claimed.high * toPeople },
        {
          core: scopeEstimate.corePeople.median,
          population: scopeEstimate.population,
          oddsRatio: demographicRanges(scenario).familyClusteringOddsRatio.mode,
        },
        plainInterval(scopeEstimate.relativesPerMember),
      );
    }

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
      claimed: claim.claimed,
      reading: claim.reading,
      tested: {
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        inline,
        scopeId: scope.id,
        scopeLabel: scope.label,
        year: scopeEstimate.year,
        seed: estimate.seed,
        samples: estimate.samples,
      },
      modelled,
      verdict: judged,
      ...(whatItWouldTake ? { whatItWouldTake } : {}),
    };
  });
}
