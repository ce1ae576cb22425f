import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { formatPeopleAbbreviated, formatPeopleTicks } from '../../format/formatPeople';
import { currentLocale } from '../../i18n/wordsFor';
import { estimateTextWidth } from './estimateTextWidth';
import { TICK_FONT_SIZE_PX, TICK_GAP_PX, type AxisSpec } from './placeAxis';

/**
 * The reach axis before its title is given and its labels placed (`placeAxis`): gridlines at powers
 * of ten (log) or round counts (linear), persons, labelled "1", "10", "1k", … "1B".
 */
export interface ReachScale extends Omit<AxisSpec, 'titles'> {
  /** Persons → plot x in px; on the log scale values below 1 person clamp to 1 (x = 0). */
  scale: ScaleContinuousNumeric<number, number>;
}

/**
 * The scale of the reach chart. Log: 1 person at the plot's left edge, `maxPeople` at its right,
 * a gridline at each power of ten, and every second (or third, …) decade labelled when one label
 * per decade would not fit, always including 1. Linear (every scope within two orders of
 * magnitude, see `peopleScaleKind`): 0 at the left edge, a round count at or just above
 * `maxPeople` at the right, gridlines about 80 px apart.
 *
 * @param maxPeople persons at the right edge, more than 1
 * @param plotWidthPx width of the plot, px, more than 0
 * @param kind log or linear (default log)
 * @throws {RangeError} when `maxPeople` is not more than 1 or `plotWidthPx` is not positive
 * @example makeReachScale(1e9, 900).scale(1e6) // => 600
 * @example makeReachScale(262e6, 600, 'linear').scale.domain() // => [0, 300000000]
 */
export function makeReachScale(maxPeople: number, plotWidthPx: number, kind: 'log' | 'linear' = 'log'): ReachScale {
  if (!(maxPeople > 1)) throw new RangeError(`maxPeople must be more than 1, got ${maxPeople}`);
  if (!(plotWidthPx > 0)) throw new RangeError(`plotWidthPx must be positive, got ${plotWidthPx}`);
  if (kind === 'linear') {
    const count = Math.max(2, Math.floor(plotWidthPx / 80));
    const scale = scaleLinear().domain([0, maxPeople]).nice(count).range([0, plotWidthPx]).clamp(true);
    const values = scale.ticks(count);
    return { scale, values, labels: formatPeopleTicks(values, currentLocale()), labelEvery: 1 };
  }
  const scale = scaleLog().domain([1, maxPeople]).range([0, plotWidthPx]).clamp(true);
  const values = Array.from({ length: Math.floor(Math.log10(maxPeople) + 1e-9) + 1 }, (_, i) => 10 ** i);
  const labels = values.map((value) => formatPeopleAbbreviated(value, currentLocale()));
  const widestPx = Math.max(...labels.map((label) => estimateTextWidth(label, TICK_FONT_SIZE_PX)));
  // Labels are centred on their ticks, so neighbours need one label width plus the gap between them.
  const labelEvery = Math.max(1, Math.ceil((widestPx + TICK_GAP_PX) / (scale(10) - scale(1))));
  return { scale, values, labels, labelEvery };
}
