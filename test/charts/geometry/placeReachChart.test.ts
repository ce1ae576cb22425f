import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReachScale } from '../../../src/charts/geometry/makeReachScale';
import { peopleScaleKind } from '../../../src/charts/geometry/peopleScaleKind';
import { placeReachChart } from '../../../src/charts/geometry/placeReachChart';
import type { Box } from '../../../src/charts/geometry/stackRows';
import type { ReferenceLine } from '../../../src/data/referenceLines';
import { CHINA_2024, makeScopeRecord, SMALL_MIDDLE_LARGE } from '../makeScopeRecord';

const line = (id: string, label: string, value: number): ReferenceLine => ({
  id,
  label,
  value,
  asOf: '2024',
  shownByDefault: true,
});

describe('placeReachChart', () => {
  it("runs the scale from 1 person to China's population", () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [], 1000);
    expect(chart.ticks.at(-1)?.people).toBe(1e9);
    // 1,000 px wide: plot 722 px; 1e9 sits at 9 / log10(1,408,280,000) of it.
    expect(chart.ticks.at(-1)?.xPx).toBeCloseTo((722 * 9) / Math.log10(CHINA_2024), 6);
  });

  it('widens the scale for a reference line beyond the population', () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [line('world', 'World', 8_141_808_945)], 1000);
    expect(chart.references[0]?.xPx).toBeCloseTo(722, 6);
  });

  it('stacks reference labels above the rows and runs their lines down to the axis', () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [line('de', 'Germany', 83_516_593)], 1000);
    // One label row (4–19 px), then 8 px, so rows start at 27 px; the label's baseline is 15 px.
    expect(chart.rowsTopPx).toBe(27);
    expect(chart.references[0]).toMatchObject({ labelYPx: 15, y1Px: 18, y2Px: chart.axisYPx });
    expect(chart.rows[0]?.topPx).toBe(27);
    expect(chart.axisYPx).toBe(chart.rows.at(-1)!.bottomPx + 8);
    expect(chart.heightPx).toBe(chart.axisYPx + 6 + 11 + 20 + 8);
  });

  it('starts the rows near the top when no reference line is shown', () => {
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 1000).rowsTopPx).toBe(8);
  });

  it('shortens the axis title on a narrow chart', () => {
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 1000).axisTitle.text).toBe(
      'People reached (log scale: each gridline is 10 times the one before)',
    );
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 360).axisTitle.text).toBe('People reached (log scale)');
  });

  it('puts row names above the bars on a phone', () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [], 360);
    expect(chart.layout.stacked).toBe(true);
    for (const row of chart.rows) expect(row.nameBox.bottomPx).toBeLessThanOrEqual(row.barTopPx);
  });

  const recordArb = fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 70 }),
      fc.double({ min: 0, max: 8, noNaN: true }),
      fc.double({ min: 0, max: 1.2, noNaN: true }),
      fc.double({ min: 0, max: 0.3, noNaN: true }),
      fc.boolean(),
    )
    .map(([label, coreExponent, familyExponent, spread, exact]) => {
      const core = Math.min(10 ** coreExponent, CHINA_2024);
      const median = Math.min(core * 10 ** familyExponent, CHINA_2024);
      const reach: [number, number, number] = exact
        ? [median, median, median]
        : [median, median / 10 ** spread, Math.min(median * 10 ** spread, CHINA_2024)];
      return { label, core, reach };
    });

  it('never lets a name or a value label overlap another, or leave the chart, for up to 12 scopes at 300–1400 px', () => {
    const overlaps = (a: Box, b: Box) =>
      a.leftPx < b.rightPx && b.leftPx < a.rightPx && a.topPx < b.bottomPx && b.topPx < a.bottomPx;
    fc.assert(
      fc.property(
        fc.array(recordArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 300, max: 1400 }),
        (specs, widthPx) => {
          const results = specs.map((spec, i) => makeScopeRecord(`s${i}`, spec.label, spec.core, spec.reach));
          const chart = placeReachChart(results, [], widthPx);
          const { plotLeftPx, plotWidthPx } = chart.layout;
          const boxes = chart.rows.flatMap((row) => [
            { what: `name ${row.id}`, box: row.nameBox },
            { what: `label ${row.id}`, box: row.label.box },
          ]);
          for (const { what, box } of boxes) {
            expect(box.leftPx + plotLeftPx, what).toBeGreaterThanOrEqual(0);
            expect(box.rightPx, what).toBeLessThanOrEqual(plotWidthPx + 1e-9);
            expect(box.bottomPx, what).toBeLessThanOrEqual(chart.axisYPx);
          }
          // A name and a label may only share a row band in the wide layout, where the name is
          // left of the plot; anything else must not touch.
          for (const [i, a] of boxes.entries())
            for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.what} / ${b.what}`).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('encodes no stacked part as a length on either axis: only positions, and spans between estimates', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 300, max: 1400 }),
        (specs, widthPx) => {
          const results = specs.map((spec, i) => makeScopeRecord(`s${i}`, spec.label, spec.core, spec.reach));
          const chart = placeReachChart(results, [], widthPx);
          // The chart's own scale: log from 1 person to the largest population or reach when the
          // scopes span more than two orders of magnitude, else linear from 0 to the largest reach.
          const drawn = results.flatMap((r) => [r.reach.p05, r.reach.p95]);
          const kind = peopleScaleKind(Math.max(1, Math.min(...drawn)), Math.max(...drawn));
          expect(chart.scaleKind).toBe(kind);
          const maxPeople =
            kind === 'log'
              ? Math.max(10, ...results.flatMap((r) => [r.population, r.reach.p95, r.reach.median]))
              : Math.max(10, ...drawn);
          const { scale } = makeReachScale(maxPeople, chart.layout.plotWidthPx, kind);
          const x = (people: number) => scale(Math.max(1, people));
          for (const [i, row] of chart.rows.entries()) {
            const { reach, core } = results[i]!;
            // The row's geometry has no fields but these marks: no bar can sneak back in.
            expect(
              Object.keys(row)
                .filter((key) => /Px$|^interval$/.test(key))
                .sort(),
            ).toEqual(
              [
                'barMiddlePx',
                'barTopPx',
                'bottomPx',
                'coreXPx',
                'ghostXPx',
                'interval',
                'medianXPx',
                'nameXPx',
                'nameYPx',
                'topPx',
              ].sort(),
            );
            expect(row.medianXPx).toBeCloseTo(x(reach.median), 9);
            // The only span runs between two estimates (p05 and p95), never from the axis.
            if (row.interval) {
              expect(row.interval.x0Px).toBeCloseTo(x(reach.p05), 9);
              expect(row.interval.x1Px).toBeCloseTo(x(reach.p95), 9);
            }
            if (row.coreXPx !== undefined) expect(row.coreXPx).toBeCloseTo(x(Math.min(core, reach.median)), 9);
            // The relatives' share is a number said in words, not a length.
            expect(row.relativesShare).toBeCloseTo(
              reach.median > 0 ? 1 - Math.min(core, reach.median) / reach.median : 0,
              9,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("draws the preset's value as a ghost, and the signed change in the label, only on changed rows", () => {
    const origins = new Map([
      ['named', 4],
      ['cc-families', 3000],
      ['members-families', 203_987_396],
    ]);
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [], 1000, origins);
    const [named, cc, members] = chart.rows;
    expect(named!.ghostXPx).toBeUndefined();
    expect(members!.ghostXPx).toBeUndefined();
    const maxPeople = Math.max(10, ...SMALL_MIDDLE_LARGE.flatMap((r) => [r.population, r.reach.p95]));
    const { scale } = makeReachScale(maxPeople, chart.layout.plotWidthPx);
    expect(cc!.ghostXPx).toBeCloseTo(scale(3000), 9);
    expect(cc!.label.lines.join(' ')).toContain('+578 on the preset');
    expect(cc!.summary).toContain("+578 on the preset's 3,000");
    expect(named!.label.lines.join(' ')).not.toContain('preset');
  });

  it.each([
    ['four officials to 194 million: log from 1 person', SMALL_MIDDLE_LARGE, 'log', 1],
    [
      'members and their families (92–262 million): linear from 0',
      [
        makeScopeRecord('members', 'Members', 91_914_000, [91_914_000, 91_914_000, 91_914_000]),
        makeScopeRecord('families', 'Members and families', 91_914_000, [245e6, 228e6, 262e6]),
      ],
      'linear',
      0,
    ],
  ] as const)('%s', (_, results, kind, firstTick) => {
    const references = [line('china', 'China', CHINA_2024), line('hk', 'Hong Kong', 7_530_000), line('n', 'Named', 65)];
    const chart = placeReachChart(results, references, 800);
    expect(chart.scaleKind).toBe(kind);
    expect(chart.ticks[0]!.people).toBe(firstTick);
    expect(chart.axisTitle.text).toMatch(kind === 'log' ? /log scale/ : /linear scale/);
    if (kind === 'linear') {
      // The axis ends at a round count just above the largest reach, not at China's population, and
      // only the reference lines within two orders of magnitude below its end are drawn.
      expect(chart.ticks.at(-1)!.people).toBe(300e6);
      expect(chart.references.map((ref) => ref.id)).toEqual(['hk']);
      // Evenly spaced gridlines.
      const gaps = chart.ticks.slice(1).map((tick, i) => tick.xPx - chart.ticks[i]!.xPx);
      for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
    } else expect(chart.references).toHaveLength(3);
  });
});
