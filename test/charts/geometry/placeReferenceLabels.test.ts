import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/charts/geometry/estimateTextWidth';
import { makeReachScale } from '../../../src/charts/geometry/makeReachScale';
import { makeRowLayout } from '../../../src/charts/geometry/makeRowLayout';
import {
  placeReferenceLabels,
  REFERENCE_LABEL_GAP_PX,
  type PlacedReferenceLabel,
} from '../../../src/charts/geometry/placeReferenceLabels';
import type { ReferenceLine } from '../../../src/data/referenceLines';
import { referenceLines } from '../../../src/data/referenceLines';

function line(id: string, label: string, value: number): ReferenceLine {
  return { id, label, value, asOf: '2024', shownByDefault: true };
}

/** 900 px for 1 to 1 billion: x = 100 × log10(people). At 10 px a character is 6.5 px. */
const { scale } = makeReachScale(1e9, 900);
const OPTIONS = { plotWidthPx: 900, fontSizePx: 10 };

/** Label extents and rows, rounded to 0.01 px for hand-computed comparisons. */
const summary = (labels: PlacedReferenceLabel[]) =>
  labels.map(({ id, row, textAnchor, leftPx, rightPx, text }) => ({
    id,
    text,
    row,
    textAnchor,
    leftPx: Math.round(leftPx * 100) / 100,
    rightPx: Math.round(rightPx * 100) / 100,
  }));

describe('placeReferenceLabels', () => {
  it.each<[string, ReferenceLine[], ReturnType<typeof summary>, number]>([
    [
      'two lines far apart share the first row, each label right of its line',
      [line('a', 'A', 1e3), line('b', 'B', 1e6)],
      [
        // x = 300 and 600; "A 1k" and "B 1M" are 4 × 6.5 = 26 px, 3 px right of the line.
        { id: 'a', text: 'A 1k', row: 0, textAnchor: 'start', leftPx: 303, rightPx: 329 },
        { id: 'b', text: 'B 1M', row: 0, textAnchor: 'start', leftPx: 603, rightPx: 629 },
      ],
      1,
    ],
    [
      'a label that would run past the right edge goes left of its line',
      [line('edge', 'Edge', 1e9)],
      // x = 900; "Edge 1B" is 45.5 px: 900 − 3 − 45.5 = 851.5.
      [{ id: 'edge', text: 'Edge 1B', row: 0, textAnchor: 'end', leftPx: 851.5, rightPx: 897 }],
      1,
    ],
    [
      'a label turns left rather than lie across the next line',
      [line('b', 'B', 1e6), line('c', 'C', 1_258_925)],
      [
        // x = 600 and 610: right of 600 (603–629) would cover the line at 610, so left (571–597).
        { id: 'b', text: 'B 1M', row: 0, textAnchor: 'end', leftPx: 571, rightPx: 597 },
        { id: 'c', text: 'C 1.26M', row: 0, textAnchor: 'start', leftPx: 613, rightPx: 658.5 },
      ],
      1,
    ],
    [
      'three lines 5 px apart need a second row',
      [line('p', 'P', 1e5), line('q', 'Q', 112_202), line('r', 'R', 125_893)],
      [
        // x = 500, 505 and 510; each label is 39 px. Right of 500 would cover both other lines,
        // so P goes left (458–497); Q has only its right free (508–547); R fits nowhere in row 0.
        { id: 'p', text: 'P 100k', row: 0, textAnchor: 'end', leftPx: 458, rightPx: 497 },
        { id: 'q', text: 'Q 112k', row: 0, textAnchor: 'start', leftPx: 508, rightPx: 547 },
        { id: 'r', text: 'R 126k', row: 1, textAnchor: 'start', leftPx: 513, rightPx: 552 },
      ],
      2,
    ],
    ['no lines, no rows', [], [], 0],
  ])('%s', (_, lines, expected, rowCount) => {
    const placed = placeReferenceLabels(lines, scale, OPTIONS);
    expect(summary(placed.labels)).toEqual(expected);
    expect(placed.rowCount).toBe(rowCount);
  });

  it('returns the labels in the order of the lines, whatever their values', () => {
    const lines = [line('big', 'Big', 1e8), line('small', 'Small', 10)];
    expect(placeReferenceLabels(lines, scale, OPTIONS).labels.map((label) => label.id)).toEqual(['big', 'small']);
  });

  it('cuts the name of a label wider than the plot, keeps the value, and shifts it inside', () => {
    const narrow = makeReachScale(1e9, 100).scale;
    const [label] = placeReferenceLabels([line('long', 'A very long reference label', 1e3)], narrow, {
      plotWidthPx: 100,
      fontSizePx: 10,
    }).labels;
    // 15 characters (97.5 px) fit in 100 px: "A very long" + "… 1k".
    expect(label).toMatchObject({ text: 'A very long… 1k', leftPx: 0, textAnchor: 'start' });
    expect(label?.xPx).toBeCloseTo(33.33, 2);
    expect(label?.fullText).toBe('A very long reference label: 1,000 people, as of 2024');
  });

  it("fits the app's own lines at a phone's width", () => {
    const { plotWidthPx } = makeRowLayout(328);
    const lines = referenceLines(2024);
    const placed = placeReferenceLabels(lines, makeReachScale(1_408_280_000, plotWidthPx).scale, {
      plotWidthPx,
      fontSizePx: 11,
    });
    expect(placed.labels).toHaveLength(lines.length);
    for (const label of placed.labels) {
      expect(label.leftPx).toBeGreaterThanOrEqual(0);
      expect(label.rightPx).toBeLessThanOrEqual(plotWidthPx);
    }
  });

  const lineArb = fc.record({
    id: fc.uuid(),
    label: fc.string({ minLength: 1, maxLength: 60 }),
    // Log-uniform from 1 person to 2 billion, so lines crowd at every scale.
    value: fc.double({ min: 0, max: Math.log10(2e9), noNaN: true }).map((exponent) => 10 ** exponent),
  });

  it('never overlaps two labels and never runs past the plot, at widths 300–1400 px', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 300, max: 1400 }),
        fc.integer({ min: 9, max: 14 }),
        (specs, widthPx, fontSizePx) => {
          const lines = specs.map((spec) => line(spec.id, spec.label, spec.value));
          const { plotWidthPx } = makeRowLayout(widthPx);
          const maxPeople = Math.max(1_408_280_000, ...lines.map((l) => l.value));
          const { scale: reach } = makeReachScale(maxPeople, plotWidthPx);
          const { labels, rowCount } = placeReferenceLabels(lines, reach, { plotWidthPx, fontSizePx });

          expect(labels.map((label) => label.id)).toEqual(lines.map((l) => l.id));
          expect(rowCount).toBeLessThanOrEqual(lines.length);
          for (const label of labels) {
            // Inside the plot, as wide as its text, anchored on the side it says.
            expect(label.leftPx).toBeGreaterThanOrEqual(0);
            expect(label.rightPx).toBeLessThanOrEqual(plotWidthPx + 1e-9);
            expect(label.rightPx - label.leftPx).toBeCloseTo(estimateTextWidth(label.text, fontSizePx), 6);
            expect(label.anchorXPx).toBeCloseTo(label.textAnchor === 'start' ? label.leftPx : label.rightPx, 6);
            expect(label.row).toBeGreaterThanOrEqual(0);
            expect(label.row).toBeLessThan(rowCount);
          }
          for (const [i, a] of labels.entries())
            for (const b of labels.slice(i + 1)) {
              if (a.row !== b.row) continue;
              const apart =
                a.rightPx + REFERENCE_LABEL_GAP_PX <= b.leftPx + 1e-9 ||
                b.rightPx + REFERENCE_LABEL_GAP_PX <= a.leftPx + 1e-9;
              expect(apart, `${a.text} / ${b.text} in row ${a.row}`).toBe(true);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});
