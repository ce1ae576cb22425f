import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver, which Svelte's bind:clientWidth uses; the charts then fall back
// to their default width, which is what component tests check against.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoResizeObserver;
}
