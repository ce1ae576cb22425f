import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { formatPeopleAbbreviated, formatPeopleTicks } from '../../format/formatPeople';
import { estimateTextWidth } from './estimateTextWidth';

/** One gridline of the reach axis: at a power of ten (log), or at a round count (linear). */
export interface ReachTick {
  /** Persons: 1, 10, 100, … */
  people: number;
  /** Plot x, px. */
  xPx: number;
  /** "1", "10", "100", "1k", … "1B". */
  label: string;
  /** False when the label is dropped because neighbouring labels would touch; the gridline stays. */
  labelled: boolean;
  /** How the label hangs on the tick: centred, or pulled inside the plot at its edges. */
  textAnchor: 'start' | 'middle' | 'end';
}

export interface ReachScale {
  kind: 'log' | 'linear';
  /** Persons → plot x in px; on the log scale values below 1 person clamp to 1 (x = 0). */
  scale: ScaleContinuousNumeric<number, number>;
  ticks: ReachTick[];
}

/** Font size of tick labels, px. */
export const TICK_FONT_SIZE_PX = 11;
/** Least free space between two tick labels, px. */
const TICK_GAP_PX = 8;

/**
 * The scale of the reach chart. Log: 1 person at the plot's left edge, `maxPeople` at its right,
 * a gridline at each power of ten. Linear (every scope within two orders of magnitude, see
 * `peopleScaleKind`): 0 at the left edge, a round count at or just above `maxPeople` at the right,
 * gridlines about 80 px apart. Labels that would touch are dropped (their gridline stays); on the
 * log scale every second (or third, …) decade keeps its label, always including 1.
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
  let scale: ScaleContinuousNumeric<number, number>;
  let values: number[];
  let labels: string[];
  let every = 1;
  if (kind === 'linear') {
    const count = Math.max(2, Math.floor(plotWidthPx / 80));
    scale = scaleLinear().domain([0, maxPeople]).nice(count).range([0, plotWidthPx]).clamp(true);
    values = scale.ticks(count);
    labels = formatPeopleTicks(values);
  } else {
    scale = scaleLog().domain([1, maxPeople]).range([0, plotWidthPx]).clamp(true);
    const decades = Math.floor(Math.log10(maxPeople) + 1e-9);
    values = Array.from({ length: decades + 1 }, (_, i) => 10 ** i);
    labels = values.map(formatPeopleAbbreviated);
    const widestPx = Math.max(...labels.map((label) => estimateTextWidth(label, TICK_FONT_SIZE_PX)));
    // Labels are centred on their ticks, so neighbours need one label width plus the gap between them.
    every = Math.max(1, Math.ceil((widestPx + TICK_GAP_PX) / (scale(10) - scale(1))));
  }

  const ticks = values.map((people, i): ReachTick => {
    const xPx = scale(people);
    const label = labels[i] ?? '';
    const halfPx = estimateTextWidth(label, TICK_FONT_SIZE_PX) / 2;
    const textAnchor = xPx - halfPx < 0 ? 'start' : xPx + halfPx > plotWidthPx ? 'end' : 'middle';
    return { people, xPx, label, labelled: i % every === 0, textAnchor };
  });
  // A label pulled inside at an edge moves towards its neighbour: drop it if they would now touch.
  let previousRightPx = -Infinity;
  for (const tick of ticks) {
    if (!tick.labelled) continue;
    const [leftPx, rightPx] = tickLabelExtent(tick);
    if (leftPx < previousRightPx + TICK_GAP_PX) tick.labelled = false;
    else previousRightPx = rightPx;
  }
  return { kind, scale, ticks };
}

/**
 * Where a tick's label is drawn, by `estimateTextWidth`.
 *
 * @returns [left, right] plot x, px
 */
export function tickLabelExtent(tick: ReachTick): [number, number] {
  const widthPx = estimateTextWidth(tick.label, TICK_FONT_SIZE_PX);
  if (tick.textAnchor === 'start') return [tick.xPx, tick.xPx + widthPx];
  if (tick.textAnchor === 'end') return [tick.xPx - widthPx, tick.xPx];
  return [tick.xPx - widthPx / 2, tick.xPx + widthPx / 2];
}
