// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import RangeField from '../../src/editor/RangeField.svelte';
import type { Range } from '../../src/model/range';

const SPEC = { min: 0, max: 1, scale: 100, unit: '%' };
const START: Range = { low: 0.8, mode: 0.9, high: 0.95 };
const DEFAULT: Range = { low: 0.85, mode: 0.9, high: 0.94 };

/** The field on a range, with its handed-on ranges recorded and put in force, as the page does. */
function field(value: Range = START) {
  const handed: Range[] = [];
  const view = render(RangeField, {
    id: 'f',
    label: 'Married share',
    value,
    spec: SPEC,
    defaultValue: DEFAULT,
    onchange: (range: Range) => {
      handed.push(range);
      void view.rerender({ value: range });
    },
  });
  return { handed, view, box: (name: string) => screen.getByLabelText(name) as HTMLInputElement };
}
/** Runs the frame after a keystroke, then the task after it. */
async function nextFrameAndTask() {
  vi.advanceTimersToNextFrame();
  // A timeout of 0 is due 1 ms on in the fake clock, as browsers clamp it.
  await vi.advanceTimersByTimeAsync(1);
}

describe('RangeField', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'cancelAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('paints a keystroke first and hands the range on after that frame, once for a burst of keys', async () => {
    const { handed, box } = field();
    await fireEvent.input(box('Most likely'), { target: { value: '9' } });
    await fireEvent.input(box('Most likely'), { target: { value: '91' } });
    expect(handed).toEqual([]);
    expect(box('Most likely').value).toBe('91');
    await nextFrameAndTask();
    expect(handed).toEqual([{ low: 0.8, mode: 0.91, high: 0.95 }]);
  });

  it('keeps the last valid range typed when an invalid one follows it, and shows what was typed', async () => {
    const { handed, box } = field();
    await fireEvent.input(box('High'), { target: { value: '96' } });
    await fireEvent.input(box('High'), { target: { value: '96x' } });
    await nextFrameAndTask();
    expect(handed).toEqual([{ low: 0.8, mode: 0.9, high: 0.96 }]);
    expect(box('High').value).toBe('96x');
    expect(screen.getByText(/High: enter a number/)).toBeInTheDocument();
  });

  it('hands nothing on when the reader types back to the range in force', async () => {
    const { handed, box } = field();
    await fireEvent.input(box('Low'), { target: { value: '7' } });
    await fireEvent.input(box('Low'), { target: { value: '80' } });
    await nextFrameAndTask();
    expect(handed).toEqual([]);
  });

  it('drops a waiting range when reset, and when the range in force changes from elsewhere', async () => {
    const { handed, box, view } = field();
    await fireEvent.input(box('Low'), { target: { value: '70' } });
    await fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    await nextFrameAndTask();
    expect(handed).toEqual([DEFAULT]);
    // Another preset's range arrives while a typed one waits: the reader sees it, and it stays.
    await fireEvent.input(box('Low'), { target: { value: '70' } });
    await view.rerender({ value: START });
    await nextFrameAndTask();
    expect(handed).toEqual([DEFAULT]);
    expect(box('Low').value).toBe('80');
  });

  it('drops what waits when the field goes within the frame, so it never reaches what replaced it', async () => {
    const { handed, box, view } = field();
    await fireEvent.input(box('Low'), { target: { value: '75' } });
    view.unmount();
    await nextFrameAndTask();
    expect(handed).toEqual([]);
  });
});
