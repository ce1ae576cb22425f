/**
 * Runs `run` inside a Svelte effect root (so `$derived` and `$effect` work) and rethrows what it
 * throws. Svelte handles an error thrown inside `$effect.root` itself and the test would pass
 * whatever its assertions said; this helper is why they can fail.
 */
export function inEffectRoot<T>(run: () => T): T {
  type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
  let outcome = { ok: false, error: new Error('the effect root did not run') } as Outcome;
  const cleanup = $effect.root(() => {
    try {
      outcome = { ok: true, value: run() };
    } catch (error) {
      outcome = { ok: false, error };
    }
  });
  cleanup();
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
