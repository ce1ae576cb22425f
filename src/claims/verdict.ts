import { CLAIMS } from '../i18n/en/claims';
import { wordsFor } from '../i18n/wordsFor';
import type { Interval } from '../model/interval';
import type { ClaimedRange, QuantityUnit } from './claim';
import { formatClaimed, formatQuantity, formatQuantityInterval } from './formatQuantity';

/** How a claim compares with the model's 90% interval for the same quantity. */
export type VerdictKind = 'supported' | 'too-high' | 'too-low';

export interface Verdict {
  kind: VerdictKind;
  /**
   * How far apart the claim and the model's median are, 1 or more: the claimed value nearest the
   * median divided by the median when the claim is higher, the median divided by it when lower,
   * and 1 when the claimed range contains the median. Infinity when one of the two is 0 and the
   * other is not.
   */
  factor: number;
  /** One plain line in the page's language: what the model says and how the claim compares. */
  reason: string;
}

/** What the tested quantity is, for the reason's sentence. */
export interface VerdictSubject {
  /** The thing measured, to read after "The model puts", e.g. "members, spouses and children under 21". */
  subject: string;
  unit: QuantityUnit;
}

/** a / b for a >= b >= 0: 1 when both are 0, Infinity when only b is. */
function ratio(a: number, b: number): number {
  if (a === b) return 1;
  return b === 0 ? Infinity : a / b;
}

/** "1.4", "9.1", "12": two significant figures below 10 are as precise as the model is. */
function formatFactor(factor: number): string {
  return factor < 10 ? factor.toFixed(1) : String(Math.round(factor));
}

/**
 * Compares a claim with the model: supported when the claimed range overlaps the model's 90%
 * interval (touching an end counts), too high when the whole claim lies above the interval, too
 * low when it lies below.
 *
 * A claimed range is judged by its end nearest the model, so a claim is never called wrong for
 * the looseness of its own words ("nearly", "roughly").
 *
 * Pure: the same inputs give the same verdict and the same words.
 *
 * @param claimed the claim, in the quantity's unit, `low <= high`
 * @param modelled the model's median and 5th-95th percentiles, same unit, `p05 <= median <= p95`
 * @param what the quantity's subject and unit, for the reason
 */
export function verdict(claimed: ClaimedRange, modelled: Interval, what: VerdictSubject): Verdict {
  const { unit } = what;
  const w = wordsFor('claims', CLAIMS);
  const model = w.model(what.subject, formatQuantityInterval(unit, modelled));
  const claimText = formatClaimed(unit, claimed);
  const isPoint = claimed.low === claimed.high;

  if (claimed.low > modelled.p95) {
    const factor = ratio(claimed.low, modelled.median);
    const low = formatQuantity(unit, claimed.low);
    const comparison = !Number.isFinite(factor)
      ? w.aboveAll(claimText)
      : isPoint
        ? w.timesMedian(claimText, formatFactor(factor))
        : w.highEvenLow(claimText, low, formatFactor(factor));
    return { kind: 'too-high', factor, reason: w.reason(model, comparison) };
  }

  if (claimed.high < modelled.p05) {
    const factor = ratio(modelled.median, claimed.high);
    const high = formatQuantity(unit, claimed.high);
    const comparison = !Number.isFinite(factor)
      ? w.belowAll(claimText)
      : isPoint
        ? w.lowTimes(claimText, formatFactor(factor))
        : w.lowEvenHigh(claimText, high, formatFactor(factor));
    return { kind: 'too-low', factor, reason: w.reason(model, comparison) };
  }

  const factor =
    modelled.median < claimed.low
      ? ratio(claimed.low, modelled.median)
      : modelled.median > claimed.high
        ? ratio(modelled.median, claimed.high)
        : 1;
  const comparison =
    claimed.low >= modelled.p05 && claimed.high <= modelled.p95
      ? w.within
      : claimed.low <= modelled.p05 && claimed.high >= modelled.p95
        ? w.includes
        : w.overlaps;
  return { kind: 'supported', factor, reason: w.reason(model, comparison(claimText)) };
}
