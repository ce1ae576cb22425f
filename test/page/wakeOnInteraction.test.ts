// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakeOnInteraction } from '../../src/page/wakeOnInteraction';

/**
 * A page as drawn, or as the live page draws it: the chart drawn at two widths (one shown) with a
 * clickable row in each, tabs, a select and a text field. The live page draws one chart.
 */
const markup = (drawn: boolean) => `
  <div role="tablist"><button type="button" role="tab">Chart</button><button type="button" role="tab">Table</button></div>
  ${drawn ? '<svg data-hidden><g data-row-id="a"></g><g data-row-id="b"></g></svg>' : ''}
  <svg><g data-row-id="a"></g><g data-row-id="b"></g></svg>
  <select><option value="x" selected>X</option><option value="y">Y</option></select>
  <input type="text" value="kept" />
  <p class="prose">Words</p>`;

let target: HTMLElement;
let drawn: HTMLElement;
/** Every click and field event the live page receives, in order. */
let heard: string[];
/** Why a start failed, for the tests where none should. */
const failed = (error: unknown) => {
  throw error;
};

beforeEach(() => {
  // jsdom lays nothing out: an element is visible unless inside one marked hidden for the test.
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.closest('[data-hidden]') ? [] : [{}]) as unknown as DOMRectList;
  });
  document.body.innerHTML = `<div id="app"><div class="prerendered">${markup(true)}</div></div>`;
  target = document.getElementById('app')!;
  drawn = target.querySelector('.prerendered')!;
  heard = [];
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

/** Mounts the live page as `startApp` would: before the drawn one, then removes that. */
function liveStart() {
  const start = vi.fn(async (beforeRemoving: () => void) => {
    await Promise.resolve();
    const live = document.createElement('div');
    live.innerHTML = markup(false);
    for (const type of ['click', 'input', 'change', 'keydown'])
      live.addEventListener(type, (event) => {
        const element = event.target as Element;
        const key = event instanceof KeyboardEvent ? ` ${event.key}` : '';
        heard.push(`${type}${key} ${element.getAttribute('data-row-id') ?? element.textContent?.trim() ?? ''}`.trim());
      });
    target.insertBefore(live, drawn);
    beforeRemoving();
    drawn.remove();
  });
  return start;
}

const click = (element: Element) => element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

describe('wakeOnInteraction', () => {
  it('holds back a click on a drawn control, starts the live page, and makes the click on its twin', async () => {
    const start = liveStart();
    const woken = wakeOnInteraction(target, drawn, vi.fn(), start, failed);
    const tab = drawn.querySelectorAll('[role="tab"]')[1]!;
    expect(click(tab)).toBe(false);
    expect(document.documentElement.classList.contains('waking')).toBe(true);
    await woken;
    expect(start).toHaveBeenCalledTimes(1);
    expect(heard).toEqual(['click Table']);
    expect(document.documentElement.classList.contains('waking')).toBe(false);
  });

  it('finds a chart row among the visible ones: the chart is drawn at several widths, the live page draws one', async () => {
    const woken = wakeOnInteraction(target, drawn, vi.fn(), liveStart(), failed);
    const shownRowB = drawn.querySelectorAll('svg:not([data-hidden]) [data-row-id="b"]')[0]!;
    click(shownRowB);
    await woken;
    expect(heard).toEqual(['click b']);
  });

  it('only downloads the live page on a hint of use (pointer over, press, focus, Enter), and ignores the page around its controls', () => {
    const prepare = vi.fn();
    const start = liveStart();
    void wakeOnInteraction(target, drawn, prepare, start, failed);
    const tab = drawn.querySelector('[role="tab"]')!;
    tab.dispatchEvent(new Event('pointerover', { bubbles: true }));
    tab.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    tab.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(click(drawn.querySelector('.prose')!)).toBe(true);
    expect(prepare).toHaveBeenCalledTimes(4);
    expect(start).not.toHaveBeenCalled();
  });

  it('copies what the reader chose or typed while the live page loaded, and moves focus to the same control', async () => {
    const woken = wakeOnInteraction(target, drawn, vi.fn(), liveStart(), failed);
    const select = drawn.querySelector('select')!;
    select.value = 'y';
    select.focus();
    select.dispatchEvent(new Event('input', { bubbles: true }));
    await woken;
    const live = target.querySelector('select')!;
    expect(live.value).toBe('y');
    expect(document.activeElement).toBe(live);
    expect(heard).toEqual(['input XY', 'change XY']);
    // The text field was left as drawn: not copied, so no event.
    expect(target.querySelector('input')!.value).toBe('kept');
  });

  it('makes the key presses again in order (arrows along the tabs), but not Tab or the keys typed in a field', async () => {
    const woken = wakeOnInteraction(target, drawn, vi.fn(), liveStart(), failed);
    const [chart, table] = drawn.querySelectorAll('[role="tab"]');
    const press = (element: Element, key: string) =>
      element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press(chart!, 'ArrowRight');
    press(chart!, 'Tab');
    press(drawn.querySelector('input')!, 'a');
    press(drawn.querySelector('input')!, 'Shift');
    click(table!);
    press(table!, 'ArrowLeft');
    await woken;
    expect(heard).toEqual(['keydown ArrowRight Chart', 'click Table', 'keydown ArrowLeft Table']);
  });

  it('starts once however many controls are used meanwhile, and stops listening once started', async () => {
    const start = liveStart();
    const woken = wakeOnInteraction(target, drawn, vi.fn(), start, failed);
    const [chart, table] = drawn.querySelectorAll('[role="tab"]');
    click(table!);
    click(chart!);
    await woken;
    expect(start).toHaveBeenCalledTimes(1);
    expect(heard).toEqual(['click Table', 'click Chart']);
    // The live page's own clicks are its own: not held back.
    expect(click(target.querySelector('[role="tab"]')!)).toBe(true);
  });

  it('keeps the drawn page when the live page cannot start, says why, and tries again on the next use', async () => {
    let attempts = 0;
    const start = liveStart();
    const flaky = (beforeRemoving: () => void) =>
      ++attempts === 1 ? Promise.reject(new Error('offline')) : start(beforeRemoving);
    const reasons: unknown[] = [];
    const woken = wakeOnInteraction(target, drawn, vi.fn(), flaky, (error) => reasons.push(error));
    const [chart, table] = drawn.querySelectorAll('[role="tab"]');
    click(table!);
    await vi.waitFor(() => expect(reasons).toHaveLength(1));
    expect(String(reasons[0])).toContain('offline');
    expect(drawn.isConnected).toBe(true);
    expect(document.documentElement.classList.contains('waking')).toBe(false);
    // The click held back before the failure is dropped; the next one is made on the live page.
    click(chart!);
    await woken;
    expect(attempts).toBe(2);
    expect(heard).toEqual(['click Chart']);
  });
});
