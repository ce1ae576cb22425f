export {};

// The DOM matchers and the ResizeObserver stand-in are for component tests (jsdom) only: loading
// jest-dom into each of the other files cost the suite about 40 s of its setup.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  // jsdom has no ResizeObserver, which Svelte's bind:clientWidth uses; the charts then fall back
  // to their default width, which is what component tests check against.
  if (!('ResizeObserver' in window)) {
    class NoResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoResizeObserver;
  }
}
