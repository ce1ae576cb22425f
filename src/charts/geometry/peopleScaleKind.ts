/** Counts spanning more than this ratio are drawn on a log scale; within it, on a linear one. */
export const LOG_ABOVE_RATIO = 100;

/**
 * Which scale a chart of people counts uses: linear while every count lies within about two orders
 * of magnitude (lengths and gaps then read as they are), log beyond (four officials and a hundred
 * million members only fit one axis on a log scale). One rule for every chart.
 *
 * @param lowest the smallest count drawn, persons
 * @param highest the largest count drawn, persons
 * @example peopleScaleKind(4, 194e6) // => 'log'
 * @example peopleScaleKind(92e6, 262e6) // => 'linear'
 */
export function peopleScaleKind(lowest: number, highest: number): 'log' | 'linear' {
  return lowest > 0 && highest / lowest > LOG_ABOVE_RATIO ? 'log' : 'linear';
}
