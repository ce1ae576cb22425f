import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReachScale } from '../../../src/charts/geometry/makeReachScale';
import { placeAxis } from '../../../src/charts/geometry/placeAxis';

/** The reach axis as the chart places it, `widthPx` wide. */
function reachTicks(maxPeople: number, widthPx: number) {
  return placeAxis({ ...makeReachScale(maxPeople, widthPx), titles: [['People']] }, { x0Px: 0, x1Px: widthPx, yPx: 0 })
    .ticks;
}

describe('makeReachScale', () => {
  // 1 to 1 billion on 900 px: 100 px a decade, so x = 100 × log10(people).
  const { scale } = makeReachScale(1e9, 900);
  const ticks = reachTicks(1e9, 900);

  it.each([
    [1, 0],
    [10, 100],
    [4, 60.206],
    [1e6, 600],
    [1e9, 900],
    [0.4, 0], // below 1 person clamps to the left edge
    [0, 0],
    [2e9, 900], // past the domain clamps to the right edge
  ])('maps %d people to %d px', (people, xPx) => {
    expect(scale(people)).toBeCloseTo(xPx, 3);
  });

  it('puts a labelled tick at every power of ten when there is room', () => {
    expect(ticks.map((tick) => tick.label?.lines[0])).toEqual([
      '1',
      '10',
      '100',
      '1k',
      '10k',
      '100k',
      '1M',
      '10M',
      '100M',
      '1B',
    ]);
    expect(ticks.map((tick) => tick.atPx)).toEqual(
      [0, 100, 200, 300, 400, 500, 600, 700, 800, 900].map((x) => expect.closeTo(x, 6)),
    );
    expect(ticks.every((tick) => tick.label)).toBe(true);
  });

  it('pulls the end labels inside the plot', () => {
    expect(ticks[0]?.label?.box.leftPx).toBe(0);
    expect(ticks[5]?.label?.xPx).toBe(ticks[5]?.atPx);
    expect(ticks[9]?.label?.box.rightPx).toBeCloseTo(900, 9);
  });

  it("ends at China's population, with the last tick at 1 billion inside the plot", () => {
    const china = reachTicks(1_408_280_000, 915);
    expect(china.at(-1)).toMatchObject({ value: 1e9, label: { lines: ['1B'] } });
    // log10(1e9) / log10(1.40828e9) × 915 = 9 / 9.14869 × 915
    expect(china.at(-1)?.atPx).toBeCloseTo(900.13, 2);
  });

  it('labels every second decade on a narrow plot', () => {
    // 270 px: 30 px a decade; "100M" is 4 × 11 × 0.65 = 28.6 px, + 8 px gap → 2 decades.
    const narrow = reachTicks(1e9, 270);
    expect(narrow).toHaveLength(10);
    expect(narrow.filter((tick) => tick.label).map((tick) => tick.label?.lines[0])).toEqual([
      '1',
      '100',
      '10k',
      '1M',
      '100M',
    ]);
  });

  it.each([
    [1, 900],
    [1e9, 0],
    [Number.NaN, 900],
  ])('rejects makeReachScale(%d, %d)', (maxPeople, plotWidthPx) => {
    expect(() => makeReachScale(maxPeople, plotWidthPx)).toThrow(RangeError);
  });

  it('never lets tick labels touch or leave the plot, at any width', () => {
    fc.assert(
      fc.property(fc.double({ min: 11, max: 5e9, noNaN: true }), fc.integer({ min: 150, max: 1400 }), (max, width) => {
        const labelled = reachTicks(max, width).flatMap((tick) => (tick.label ? [tick.label] : []));
        expect(labelled[0]?.lines).toEqual(['1']);
        const extents = labelled.map((label) => [label.box.leftPx, label.box.rightPx] as const);
        for (const [left, right] of extents) {
          expect(left).toBeGreaterThanOrEqual(-1e-9);
          expect(right).toBeLessThanOrEqual(width + 1e-9);
        }
        for (let i = 1; i < extents.length; i++) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1] + 8);
      }),
    );
  });
});
