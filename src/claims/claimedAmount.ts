import { CLAIMS } from '../i18n/en/claims';
import { wordsFor } from '../i18n/wordsFor';
import type { QuantityUnit } from './claim';
import { claimedRange } from './claimedRange';
import { formatClaimed, formatQuantity } from './formatQuantity';

/**
 * What a claim's words assert, before it is turned into a range. Each hedge has one rule, so the
 * same words are always read the same way:
 * - `about`: "roughly 270 million": any value that rounds to `value` at the precision the words
 *   give (`step`, the last stated digit's unit): value ± step/2;
 * - `up-to`: "up to 270 million": the most the measure could reach, and a number that rounds to
 *   `value`: value − step/2 to value. ("No more than" alone would agree with any smaller number,
 *   which is not what the sentence tells a reader);
 * - `nearly`: "nearly 10 percent": just short of `value`, within one `step`: value − step to value;
 * - `fraction`: "a quarter": any share nearer 1/d than its neighbours 1/(d + 1) and 1/(d − 1);
 * - `up-to-fraction`: "up to a fifth": nearer 1/d than 1/(d + 1), and no more than 1/d;
 * - `at-most`: "bigger than most countries" read as a count of at most `value`: 0 to value;
 * - `range`: a range the words state outright.
 */
export type ClaimedAmount =
  | { hedge: 'about'; value: number; step: number }
  | { hedge: 'up-to'; value: number; step: number }
  | { hedge: 'nearly'; value: number; step: number }
  | { hedge: 'fraction'; denominator: number }
  | { hedge: 'up-to-fraction'; denominator: number }
  | { hedge: 'at-most'; value: number }
  | { hedge: 'range'; low: number; high: number };

export const HEDGES = ['about', 'up-to', 'nearly', 'fraction', 'up-to-fraction', 'at-most', 'range'] as const;
export type Hedge = (typeof HEDGES)[number];

/**
 * How the claim's words were read, as a sentence in the page's language: the hedge's rule and the range it gives, e.g.
 * "'Nearly' 10%: just short of it, within 1%: 9–10%."
 */
export function describeReading(amount: ClaimedAmount, unit: QuantityUnit): string {
  const w = wordsFor('claims', CLAIMS);
  const range = formatClaimed(unit, claimedRange(amount));
  const value = (x: number) => formatQuantity(unit, x);
  switch (amount.hedge) {
    case 'about':
      return w.about(value(amount.value), value(amount.step), range);
    case 'up-to':
      return w.upTo(value(amount.value), range);
    case 'nearly':
      return w.nearly(value(amount.value), value(amount.step), range);
    case 'fraction': {
      const d = amount.denominator;
      return w.aFraction(w.fraction(d), w.fraction(d + 1), w.fraction(d - 1), range);
    }
    case 'up-to-fraction': {
      const d = amount.denominator;
      return w.upToFraction(w.fraction(d), w.fraction(d + 1), range);
    }
    case 'at-most':
      return w.atMost(value(amount.value), range);
    case 'range':
      return w.asStated(range);
  }
}
