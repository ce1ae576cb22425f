/**
 * A page drawn at build time (`build/prerender.ts`) already shows its preset's finding, chart and
 * controls; the live page (`startApp`, about 60 KB of script) is only needed once the reader uses
 * one of them. This waits for that first use, loads the live page, and hands the reader's input
 * over to it, so nothing they did while it loaded is lost or done twice: the clicks and key presses
 * the drawn page held back are made again on the live page's matching controls, values typed or
 * chosen are copied across, and focus moves to the matching control. (Printing needs no live
 * page: the drawn page prints its own sheet, `printDrawnPage`.)
 *
 * Controls are matched by what they are (tag, role, name, value, label, row), never by id (the
 * drawn page's ids are the server's) or by position among all elements (each chart is drawn at
 * four widths and shown at one): the n-th visible control of its kind on the drawn page is the
 * n-th on the live one.
 */

/** What the reader can act on: the elements whose first use loads the live page. */
const CONTROLS =
  'button, input, select, textarea, summary, label, a[href^="#"], [role="tab"], [tabindex], [data-row-id]';

/** Fields whose value the reader types or chooses, copied to the live page when it starts. */
const FIELDS = 'select, textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])';

/** A control on the drawn page, found again on the live one: its kind, and its place among those visible. */
interface ControlRef {
  kind: string;
  index: number;
}

function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** What a control is, in words that the drawn and the live page's copies of it share. */
function kindOf(element: Element): string {
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return [
    element.tagName,
    element.getAttribute('role'),
    element.getAttribute('type'),
    element.getAttribute('name'),
    element.getAttribute('value'),
    element.getAttribute('data-row-id'),
    text.slice(0, 80),
  ].join('|');
}

function refOf(root: Element, control: Element): ControlRef {
  const kind = kindOf(control);
  const twins = [...root.querySelectorAll(CONTROLS)].filter((other) => isVisible(other) && kindOf(other) === kind);
  return { kind, index: Math.max(0, twins.indexOf(control)) };
}

function find(root: Element, ref: ControlRef): Element | undefined {
  const twins = [...root.querySelectorAll(CONTROLS)].filter((other) => isVisible(other) && kindOf(other) === ref.kind);
  return twins[ref.index];
}

/** Clicks a control as the reader would have: a chart's row is SVG, which has no `click()`. */
function clickOn(control: Element): void {
  if (control instanceof HTMLElement) control.click();
  else control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** Keys whose press the browser turns into a click on the focused control, held back and made again then. */
const CLICKING_KEYS = new Set(['Enter', ' ']);
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** A key press as it can be made again. */
const keyInit = (event: KeyboardEvent): KeyboardEventInit => ({
  key: event.key,
  code: event.code,
  shiftKey: event.shiftKey,
  ctrlKey: event.ctrlKey,
  altKey: event.altKey,
  metaKey: event.metaKey,
});

/**
 * Keeps the drawn page (`drawn`, inside `target`) until the reader first uses one of its controls,
 * then starts the live page with `start` and hands the reader's input over. A hint of use to come
 * (a pointer over a control, a press not yet released, focus) only downloads it (`prepare`): the
 * drawn page must still be there when the press ends, or the browser would not click.
 *
 * @param target the page's `#app`
 * @param drawn the page drawn at build time, inside `target`
 * @param prepare starts downloading the live page
 * @param start loads and mounts the live page in `target`, calling `beforeRemoving` once it is
 *   mounted and before the drawn page is removed; resolves once it is
 * @param onFailure told why the live page could not start; the drawn page stays, its controls held
 *   back no longer, and the next use tries again
 * @returns once the live page has the reader's input (never, if the reader never acts)
 */
export function wakeOnInteraction(
  target: HTMLElement,
  drawn: Element,
  prepare: () => void,
  start: (beforeRemoving: () => void) => Promise<void>,
  onFailure: (error: unknown) => void,
): Promise<void> {
  return new Promise((resolve) => {
    /** The clicks and key presses held back, in order, to make again on the live page. */
    const replays: { ref: ControlRef; key?: KeyboardEventInit }[] = [];
    let woken = false;
    const controlOf = (event: Event) =>
      event.target instanceof Element && drawn.contains(event.target) ? event.target.closest(CONTROLS) : null;

    const stopListening = () => {
      for (const type of events) document.removeEventListener(type, onEvent, { capture: true });
    };
    const onEvent = (event: Event) => {
      // Nothing left to wake (the drawn page was taken out by something else).
      if (!drawn.isConnected) return stopListening();
      const control = controlOf(event);
      if (!control) return;
      if (event.type === 'click') {
        // Held back, and made again on the live page: the drawn page's controls do nothing.
        event.preventDefault();
        replays.push({ ref: refOf(drawn, control) });
        wake();
      } else if (event instanceof KeyboardEvent && !CLICKING_KEYS.has(event.key)) {
        // Made again too (the arrow keys along the tabs), unless the browser acts on it alone:
        // Tab moves focus, which is handed over, and a field's keys edit its value, which is copied.
        if (event.key !== 'Tab' && !MODIFIER_KEYS.has(event.key) && !control.matches(FIELDS))
          replays.push({ ref: refOf(drawn, control), key: keyInit(event) });
        wake();
      } else if (event.type === 'input') wake();
      else prepare();
    };
    const events = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'click', 'input'] as const;
    for (const type of events) document.addEventListener(type, onEvent, { capture: true });

    const wake = () => {
      if (woken) return;
      woken = true;
      document.documentElement.classList.add('waking');
      let fields: [ControlRef, string][] = [];
      let focused: ControlRef | undefined;
      start(() => {
        // Read while the drawn page is still in the document, and visible.
        fields = [...drawn.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(FIELDS)]
          .filter((field) => isVisible(field) && isChanged(field))
          .map((field) => [refOf(drawn, field), field.value]);
        const active = document.activeElement?.closest(CONTROLS);
        if (active && drawn.contains(active)) focused = refOf(drawn, active);
        stopListening();
      })
        .then(() => {
          for (const [ref, value] of fields) {
            const field = find(target, ref);
            if (!(
              field instanceof HTMLInputElement ||
              field instanceof HTMLSelectElement ||
              field instanceof HTMLTextAreaElement
            ))
              continue;
            field.value = value;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
          }
          const toFocus = focused && find(target, focused);
          if (toFocus instanceof HTMLElement || toFocus instanceof SVGElement) toFocus.focus();
          for (const { ref, key } of replays) {
            const control = find(target, ref);
            if (!control) continue;
            if (!key) clickOn(control);
            else {
              if (control instanceof HTMLElement || control instanceof SVGElement) control.focus();
              control.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
            }
          }
        })
        .finally(() => document.documentElement.classList.remove('waking'))
        .then(resolve, (error: unknown) => {
          // What was held back is dropped, not made later on a page the reader has moved on from.
          replays.length = 0;
          woken = false;
          onFailure(error);
        });
    };
  });
}

/** Whether the reader has changed a field from what the drawn page gave it. */
function isChanged(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): boolean {
  if (field instanceof HTMLSelectElement)
    return [...field.options].some((option) => option.selected !== option.defaultSelected);
  return field.value !== field.defaultValue;
}
