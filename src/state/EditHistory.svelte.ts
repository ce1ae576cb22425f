import { untrack } from 'svelte';
import type { ScenarioState, StateSnapshot } from './ScenarioState.svelte';

/** Edits closer together than this, to the same set of scopes, are undone as one step (typing a name). */
export const COALESCE_MS = 1000;
/** Steps kept: enough for a session's work, a bounded amount of memory. */
export const MAX_UNDO_STEPS = 100;

/**
 * Undo and redo for every edit on the page, a preset chosen or a reset included, so a mistake is
 * one step back inside the page rather than a Back that leaves it. Edits are seen through the
 * share link they produce (`ScenarioState.linkKey`: what the link says, as data), so every way of editing is covered, bound
 * inputs included; edits in quick succession to the same scopes make one step.
 */
export class EditHistory {
  readonly #state: ScenarioState;
  readonly #now: () => number;
  #past: StateSnapshot[] = $state.raw([]);
  #future: StateSnapshot[] = $state.raw([]);
  /** The state as of the last edit seen, and that edit's link, set of scopes and time. */
  #current: StateSnapshot;
  #currentLink: string;
  #currentKey: string;
  #lastEditMs = -Infinity;

  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);

  /**
   * @param state the page's state, as it is before any edit
   * @param now the clock, ms (for grouping quick edits; a test passes its own)
   */
  constructor(state: ScenarioState, now: () => number = () => performance.now()) {
    this.#state = state;
    this.#now = now;
    this.#current = state.snapshot();
    this.#currentLink = state.linkKey;
    this.#currentKey = state.historyKey;
  }

  /**
   * Records the state if it changed since the last call: as a new step, or as part of the step
   * being made. Called by `trackEdits` whenever the link changes, and by undo and redo first.
   */
  record(): void {
    const link = this.#state.linkKey;
    if (link === this.#currentLink) return;
    const key = this.#state.historyKey;
    const now = this.#now();
    const sameStep = key === this.#currentKey && now - this.#lastEditMs < COALESCE_MS && this.#past.length > 0;
    if (!sameStep) this.#past = [...this.#past, this.#current].slice(-MAX_UNDO_STEPS);
    this.#future = [];
    this.#current = this.#state.snapshot();
    this.#currentLink = link;
    this.#currentKey = key;
    this.#lastEditMs = now;
  }

  undo(): void {
    this.record();
    const previous = this.#past.at(-1);
    if (!previous) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, this.#current];
    this.#apply(previous);
  }

  redo(): void {
    this.record();
    const next = this.#future.at(-1);
    if (!next) return;
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, this.#current];
    this.#apply(next);
  }

  #apply(snapshot: StateSnapshot): void {
    this.#state.restore(snapshot);
    this.#current = snapshot;
    this.#currentLink = this.#state.linkKey;
    this.#currentKey = this.#state.historyKey;
    // The next edit starts a step of its own.
    this.#lastEditMs = -Infinity;
  }
}

/**
 * Records every edit into `history` as it happens. Must be called while a component
 * initialises: it uses `$effect`.
 */
export function trackEdits(state: ScenarioState, history: EditHistory): void {
  $effect(() => {
    void state.linkKey;
    // Only the link is a dependency; what recording reads and writes is not.
    untrack(() => history.record());
  });
}
