import fc from 'fast-check';
import { formatInputRange, formatInputValue } from '../../../src/format/formatInputValue';
import { describe, expect, it } from 'vitest';
import type { PlacedRow, PlacedRowChart } from '../../../src/charts/geometry/placeRowChart';
import { describeTornado, placeTornado } from '../../../src/charts/geometry/placeTornado';
import type { Box, TextMark } from '../../../src/charts/geometry/textMark';
import { DEMOGRAPHIC_KEYS } from '../../../src/model/demographicParameters';
import { tornado, type TornadoBar } from '../../../src/model/sensitivity';
import { resolveScenario } from '../../../src/scenario/resolveScenario';
import { loadPreset } from '../../helpers/presets';

/** A bar with round numbers: reach 50 at the input's low value, 150 at its high, 100 at its mode. */
function bar(change: Partial<TornadoBar> = {}): TornadoBar {
  const merged = {
    key: 'conductShare' as const,
    label: 'A',
    unit: 'persons',
    lowValue: 1,
    modeValue: 2,
    highValue: 3,
    reachAtLow: 50,
    reachAtHigh: 150,
    baseReach: 100,
    ...change,
  };
  return { ...merged, swing: Math.abs(merged.reachAtHigh - merged.reachAtLow) };
}

/** A row's bar from the base to the reach with its input at its low or high value. */
const part = (row: PlacedRow, kind: 'low' | 'high') => row.bars.find((bar) => bar.kind === kind)!;

/** Every text box of a placed tornado, moved from plot x to SVG x. */
function textBoxes(chart: PlacedRowChart): { what: string; box: Box }[] {
  const shift = chart.layout.plotLeftPx;
  const labelled = (what: string, label: TextMark | undefined) =>
    label
      ? [{ what, box: { ...label.box, leftPx: label.box.leftPx + shift, rightPx: label.box.rightPx + shift } }]
      : [];
  return [
    ...labelled('base', chart.base?.label),
    ...chart.rows.flatMap((row) => [
      ...labelled(`name ${row.id}`, row.nameMark),
      ...labelled(`values ${row.id}`, row.detailMark),
      ...labelled(`left ${row.id}`, row.leftLabel),
      ...labelled(`right ${row.id}`, row.label),
    ]),
    ...(chart.axis?.ticks ?? []).flatMap((tick) => labelled(`tick ${tick.value}`, tick.label)),
    ...labelled('axis title', chart.axis?.title),
    ...labelled('note', chart.note),
  ];
}

const overlaps = (a: Box, b: Box) =>
  a.leftPx < b.rightPx && b.leftPx < a.rightPx && a.topPx < b.bottomPx && b.topPx < a.bottomPx;

describe('formatInputValue and formatInputRange', () => {
  it.each([
    [0.85, 'share (0-1)', '85%'],
    [0.005, 'share (0-1)', '0.5%'],
    [24, 'years', '24 years'],
    [2.5, 'persons', '2.5'],
    [1.5e8, 'persons', '150 million'],
    [1.5, 'odds ratio (1 = none)', '1.5'],
  ])('writes %s in %s as %s', (value, unit, text) => {
    expect(formatInputValue(value, unit)).toBe(text);
  });

  it.each([
    [0.85, 0.94, 'share (0-1)', '85%–94%'],
    [24, 28, 'years', '24–28 years'],
    [90e6, 120e6, 'persons', '90–120 million'],
    [1.5, 4, 'odds ratio (1 = none)', '1.5–4'],
  ])('writes %s to %s in %s as %s', (lowValue, highValue, unit, text) => {
    expect(formatInputRange({ lowValue, highValue, unit })).toBe(text);
  });
});

describe('placeTornado', () => {
  it('places one row on a linear scale between end-label margins (1000 px, hand-computed)', () => {
    // The reach chart's layout: names in 240 px left of a 722 px plot (plot x from 266 px in the
    // SVG). End labels at 12 px are 7.8 px a character: "50" 15.6 px, "150" 23.4 px; with a 6 px gap
    // the scale runs from 21.6 to 722 − 29.4 = 692.6, and 100 sits at the middle, 357.1.
    const chart = placeTornado([bar()], 1000);
    expect(chart).toMatchObject({
      widthPx: 1000,
      layout: { stacked: false, plotLeftPx: 266, plotWidthPx: 722 },
    });
    const row = chart.rows[0]!;
    expect(row).toMatchObject({
      nameMark: { lines: ['A'], xPx: -254, yPx: 42 },
      detailMark: { lines: ['1–3'], xPx: -254, yPx: 58 },
      // The base label takes the line at 6–22, then 8 px: rows start at 30.
      topPx: 30,
      bottomPx: 62,
      barTopPx: 31,
      barMiddlePx: 38,
    });
    expect(part(row, 'low').x0Px).toBeCloseTo(21.6, 9);
    expect(part(row, 'low').x1Px).toBeCloseTo(357.1, 9);
    expect(part(row, 'high').x0Px).toBeCloseTo(357.1, 9);
    expect(part(row, 'high').x1Px).toBeCloseTo(692.6, 9);
    expect(row.leftLabel).toMatchObject({ lines: ['50'], yPx: 42, textAnchor: 'end' });
    expect(row.leftLabel!.xPx).toBeCloseTo(15.6, 9);
    expect(row.leftLabel!.box.leftPx).toBeCloseTo(0, 9);
    expect(row.label).toMatchObject({ lines: ['150'], yPx: 42, textAnchor: 'start' });
    expect(row.label!.box.rightPx).toBeCloseTo(722, 9);
    expect(chart.base?.label).toMatchObject({ lines: ['All inputs at their most likely: 100'], yPx: 18 });
    expect(chart.base!.xPx).toBeCloseTo(357.1, 9);
    expect(chart.lineRuns).toEqual([{ y1Px: 24, y2Px: 70 }]);
    // Axis 8 px under the rows; ticks every 10 people (671 px / 70 → 9 → d3: 10), labels 17 px under it.
    expect(chart.axis?.yPx).toBe(70);
    expect(chart.axis?.ticks.map((tick) => tick.label?.lines[0])).toEqual([
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
      '110',
      '120',
      '130',
      '140',
      '150',
    ]);
    expect(chart.axis?.ticks[0]?.label?.yPx).toBe(87);
    expect(chart.axis?.title).toMatchObject({
      lines: ['People reached (one input at its low or high value, the rest at their most likely)'],
      xPx: 0,
      yPx: 107,
    });
    expect(chart.heightPx).toBe(119);
    expect(chart.note).toBeUndefined();
  });

  it('puts names above the bars below 560 px (400 px, hand-computed)', () => {
    // Plot 12 → 388 in the SVG, 376 px; scale 21.6 → 346.6; the bar line follows the name and values lines.
    const chart = placeTornado([bar()], 400);
    expect(chart.layout).toMatchObject({ stacked: true, plotLeftPx: 12, plotWidthPx: 376 });
    const row = chart.rows[0]!;
    expect(row).toMatchObject({
      topPx: 30,
      nameMark: { yPx: 42 },
      detailMark: { yPx: 58 },
      barTopPx: 63,
      bottomPx: 78,
    });
    expect(part(row, 'low').x0Px).toBeCloseTo(21.6, 9);
    expect(part(row, 'high').x1Px).toBeCloseTo(346.6, 9);
    expect(chart.base!.xPx).toBeCloseTo(184.1, 9);
    expect(row.leftLabel).toMatchObject({ lines: ['50'], yPx: 74 });
    // The base line and gridlines run only across bar lines, down to the axis after the last.
    expect(chart.lineRuns).toEqual([{ y1Px: 60, y2Px: 86 }]);
  });

  it('writes reaches with a letter when words would leave the bars under half the plot', () => {
    const big = bar({ reachAtLow: 196.04e6, reachAtHigh: 211.78e6, baseReach: 204.9e6 });
    // 300 px: plot 276 px; "196 million" and "212 million" (85.8 px each) would leave 92.4 px.
    expect(placeTornado([big], 300).rows[0]).toMatchObject({
      leftLabel: { lines: ['196M'] },
      label: { lines: ['212M'] },
    });
    expect(placeTornado([big], 1000).rows[0]).toMatchObject({
      leftLabel: { lines: ['196 million'] },
      label: { lines: ['212 million'] },
    });
  });

  it('adds figures until the two ends read differently', () => {
    const close = bar({ reachAtLow: 204.61e6, reachAtHigh: 205.24e6, baseReach: 204.9e6 });
    expect(placeTornado([close], 1000).rows[0]).toMatchObject({
      leftLabel: { lines: ['204.6 million'] },
      label: { lines: ['205.2 million'] },
    });
  });

  it('draws rows largest swing first and names the inputs without a swing in a note', () => {
    const chart = placeTornado(
      [
        bar({ key: 'waiverShare', label: 'Small', reachAtLow: 95, reachAtHigh: 105 }),
        bar({ key: 'marriedShareUnder31', label: 'None', reachAtLow: 100, reachAtHigh: 100.2 }),
        bar({ key: 'basePeople', label: 'Big' }),
      ],
      1000,
    );
    expect(chart.rows.map((row) => row.nameMark.lines.join(' '))).toEqual(['Big', 'Small']);
    expect(chart.note?.lines.join(' ')).toBe('No effect on this scope (under one person either way): None.');
  });

  it('shows only a note when no input moves the reach', () => {
    const chart = placeTornado([bar({ reachAtLow: 4, reachAtHigh: 4, baseReach: 4, label: 'Married share' })], 640);
    expect(chart.rows).toEqual([]);
    expect(chart.axis).toBeUndefined();
    expect(chart.note?.lines.join(' ')).toBe(
      "The only uncertain input, Married share, does not change this scope's reach of 4 people.",
    );
  });

  it('switches to a log scale when the reaches span more than two orders of magnitude', () => {
    const linear = placeTornado([bar({ reachAtLow: 10, reachAtHigh: 999, baseReach: 100 })], 800);
    expect(linear.axis?.title.lines.join(' ')).not.toMatch(/log scale/);
    const log = placeTornado([bar({ reachAtLow: 1, reachAtHigh: 1000, baseReach: 100 })], 800);
    expect(log.axis?.title.lines.join(' ')).toMatch(/log scale/);
    // On a log scale 100 sits two thirds of the way from 1 to 1000.
    const [low, high] = [part(log.rows[0]!, 'low'), part(log.rows[0]!, 'high')];
    expect((low.x1Px - low.x0Px) / (high.x1Px - low.x0Px)).toBeCloseTo(2 / 3, 9);
    expect(log.axis?.ticks.map((tick) => tick.value)).toEqual(expect.arrayContaining([1, 10, 100, 1000]));
  });

  it('labels both ends on one side when an input moves the reach the same way at both ends', () => {
    const row = placeTornado([bar({ reachAtLow: 90, reachAtHigh: 80 })], 1000).rows[0]!;
    expect(row.leftLabel?.lines).toEqual(['90 / 80']);
    expect(row.label).toBeUndefined();
    // The longer segment is drawn first, so the shorter one shows on top.
    expect(row.bars.map((segment) => segment.kind)).toEqual(['high', 'low']);
  });

  it('never lets two labels touch or a label leave the chart (random bars, 300–1400 px)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9()',-]{1,14}$/);
    const barArb = fc
      .record({
        key: fc.constantFrom(...DEMOGRAPHIC_KEYS, 'basePeople' as const, 'conductShare' as const),
        words: fc.array(word, { minLength: 1, maxLength: 10 }),
        unit: fc.constantFrom('share (0-1)', 'persons', 'years', 'odds ratio (1 = none)'),
        lowValue: fc.double({ min: 0, max: 1e9, noNaN: true }),
        spread: fc.double({ min: 0, max: 1e9, noNaN: true }),
        lowFactor: fc.double({ min: 0.001, max: 3, noNaN: true }),
        highFactor: fc.double({ min: 0.001, max: 3, noNaN: true }),
      })
      .map(({ words, lowValue, spread, lowFactor, highFactor, ...rest }) => ({
        label: words.join(' '),
        lowValue,
        highValue: lowValue + spread,
        lowFactor,
        highFactor,
        ...rest,
      }));
    fc.assert(
      fc.property(
        fc.array(barArb, { minLength: 0, maxLength: 14 }),
        fc.double({ min: 1, max: 2e9, noNaN: true }),
        fc.integer({ min: 300, max: 1400 }),
        (specs, baseReach, width) => {
          const bars = specs.map(({ lowFactor, highFactor, ...spec }) =>
            bar({
              ...spec,
              modeValue: spec.lowValue,
              baseReach,
              reachAtLow: baseReach * lowFactor,
              reachAtHigh: baseReach * highFactor,
            }),
          );
          const chart = placeTornado(bars, width);
          const boxes = textBoxes(chart);
          for (const { what, box } of boxes) {
            expect(box.leftPx, what).toBeGreaterThanOrEqual(-1e-9);
            expect(box.rightPx, what).toBeLessThanOrEqual(chart.widthPx + 1e-9);
            expect(box.topPx, what).toBeGreaterThanOrEqual(0);
            expect(box.bottomPx, what).toBeLessThanOrEqual(chart.heightPx);
          }
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.what} / ${boxes[j]!.what}`).toBe(false);
          for (const row of chart.rows) {
            for (const segment of row.bars) {
              expect(segment.x0Px).toBeGreaterThanOrEqual(-1e-9);
              expect(segment.x1Px).toBeLessThanOrEqual(chart.layout.plotWidthPx + 1e-9);
            }
            // End labels sit outside the bar on its line, not over it.
            if (row.leftLabel)
              expect(row.leftLabel.box.rightPx).toBeLessThanOrEqual(
                Math.min(part(row, 'low').x0Px, part(row, 'high').x0Px),
              );
            if (row.label)
              expect(row.label.box.leftPx).toBeGreaterThanOrEqual(
                Math.max(part(row, 'low').x1Px, part(row, 'high').x1Px),
              );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('describeTornado', () => {
  it('gives the base, the largest effects with their input values, and what does not matter', () => {
    const ladder = resolveScenario(loadPreset('scope-ladder.json'));
    expect(describeTornado(tornado(ladder, 'all-members-families'))).toBe(
      'With every input at its most likely value the scope reaches 200 million people. ' +
        "Moving one input at a time, the largest effect is Spouses' clustering of membership (odds ratio), from 179 million at 13 to 209 million at 2. " +
        'Next: Children ever born (expected) per member, cohort born about 1990, from 193 million at 0.9 to 207 million at 1.5; ' +
        'Children ever born per member, cohort born about 1970, from 198 million at 1.2 to 203 million at 1.75. ' +
        '7 more inputs move it less. 5 inputs do not change it.',
    );
    expect(describeTornado(tornado(ladder, 'politburo'))).toBe(
      "None of the 15 uncertain inputs changes this scope's reach of 24 people.",
    );
    expect(describeTornado([])).toBe('Every input of this scope is exact: there is nothing to vary.');
  });
});
