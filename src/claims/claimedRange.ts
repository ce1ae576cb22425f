import type { ClaimedRange } from './claim';
import type { ClaimedAmount } from './claimedAmount';

// A file of its own, without the formatting `describeReading` needs: the chart reads claims'
// ranges in a small file that downloads after the first screen.

/** The midpoint between 1/a and 1/b. */
function between(a: number, b: number): number {
  return (1 / a + 1 / b) / 2;
}

/**
 * The range of values a claim's words assert, in the quantity's unit, by its hedge's rule.
 *
 * @example claimedRange({ hedge: 'fraction', denominator: 4 }) // => { low: 0.225, high: 0.2917 } (to 4 places)
 * @example claimedRange({ hedge: 'nearly', value: 0.1, step: 0.01 }) // => { low: 0.09, high: 0.1 }
 */
export function claimedRange(amount: ClaimedAmount): ClaimedRange {
  switch (amount.hedge) {
    case 'about':
      return { low: amount.value - amount.step / 2, high: amount.value + amount.step / 2 };
    case 'up-to':
      return { low: amount.value - amount.step / 2, high: amount.value };
    case 'nearly':
      return { low: amount.value - amount.step, high: amount.value };
    case 'fraction': {
      const d = amount.denominator;
      return { low: between(d, d + 1), high: d > 1 ? between(d - 1, d) : 1 };
    }
    case 'up-to-fraction':
      return { low: between(amount.denominator, amount.denominator + 1), high: 1 / amount.denominator };
    case 'at-most':
      return { low: 0, high: amount.value };
    case 'range':
      return { low: amount.low, high: amount.high };
  }
}
