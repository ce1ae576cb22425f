import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReachScale } from '../../../src/charts/geometry/makeReachScale';
import { peopleScaleKind } from '../../../src/charts/geometry/peopleScaleKind';
import { placeReachChart } from '../../../src/charts/geometry/placeReachChart';
import type { Box } from '../../../src/charts/geometry/textMark';
import type { ReferenceLine } from '../../../src/data/referenceLines';
import { chartClaimTexts } from '../../../src/claims/chartClaimTexts';
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
    expect(chart.axis.ticks.at(-1)?.value).toBe(1e9);
    // 1,000 px wide: plot 722 px; 1e9 sits at 9 / log10(1,408,280,000) of it.
    expect(chart.axis.ticks.at(-1)?.atPx).toBeCloseTo((722 * 9) / Math.log10(CHINA_2024), 6);
  });

  it('widens the scale for a reference line beyond the population', () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [line('world', 'World', 8_141_808_945)], 1000);
    expect(chart.references[0]?.xPx).toBeCloseTo(722, 6);
  });

  it('stacks reference labels above the rows and runs their lines down to the axis', () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [line('de', 'Germany', 83_516_593)], 1000);
    // One label row (4–19 px), then 8 px, so rows start at 27 px; the label's baseline is 15 px.
    expect(chart.lineRuns[0]!.y1Px).toBe(27);
    expect(chart.references[0]).toMatchObject({
      mark: expect.objectContaining({ yPx: 15 }),
      y1Px: 18,
      y2Px: chart.axis.yPx,
    });
    expect(chart.rows[0]?.topPx).toBe(27);
    expect(chart.axis.yPx).toBe(chart.rows.at(-1)!.bottomPx + 8);
    expect(chart.heightPx).toBe(chart.axis.yPx + 6 + 11 + 20 + 8);
  });

  it('starts the rows near the top when no reference line is shown', () => {
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 1000).lineRuns[0]!.y1Px).toBe(8);
  });

  it('shortens the axis title on a narrow chart', () => {
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 1000).axis.title.lines.join(' ')).toBe(
      'People reached (log scale: each gridline is 10 times the one before)',
    );
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 360).axis.title.lines.join(' ')).toBe('People reached (log scale)');
  });

  it('puts row names above the bars on a phone', () => {
    const chart = placeReachChart(SMALL_MIDDLE_LARGE, [], 360);
    expect(chart.layout.stacked).toBe(true);
    for (const row of chart.rows) expect(row.nameMark.box.bottomPx).toBeLessThanOrEqual(row.barTopPx);
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
            { what: `name ${row.id}`, box: row.nameMark.box },
            { what: `label ${row.id}`, box: row.label!.box },
          ]);
          for (const { what, box } of boxes) {
            expect(box.leftPx + plotLeftPx, what).toBeGreaterThanOrEqual(0);
            expect(box.rightPx, what).toBeLessThanOrEqual(plotWidthPx + 1e-9);
            expect(box.bottomPx, what).toBeLessThanOrEqual(chart.axis.yPx);
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
          expect(chart.axis.title.lines.join(' ').includes('log scale')).toBe(kind === 'log');
          const maxPeople =
            kind === 'log'
              ? Math.max(10, ...results.flatMap((r) => [r.population, r.reach.p95, r.reach.median]))
              : Math.max(10, ...drawn);
          const { scale } = makeReachScale(maxPeople, chart.layout.plotWidthPx, kind);
          const x = (people: number) => scale(Math.max(1, people));
          for (const [i, row] of chart.rows.entries()) {
            const { reach, core } = results[i]!;
            // The row's geometry has no fields but these marks, and its bar (a length from the
            // axis) is never set on the reach chart: no bar can sneak back in.
            expect(
              Object.keys(row)
                .filter((key) => /Px$|^interval$|^bars$/.test(key))
                .sort(),
            ).toEqual(
              [
                'bars',
                'barMiddlePx',
                'barTopPx',
                'bottomPx',
                'coreXPx',
                'ghostXPx',
                'interval',
                'medianXPx',
                'topPx',
              ].sort(),
            );
            expect(row.bars).toEqual([]);
            expect(row.medianXPx).toBeCloseTo(x(reach.median), 9);
            // The only span runs between two estimates (p05 and p95), never from the axis.
            if (row.interval) {
              expect(row.interval.x0Px).toBeCloseTo(x(reach.p05), 9);
              expect(row.interval.x1Px).toBeCloseTo(x(reach.p95), 9);
            }
            if (row.coreXPx !== undefined) expect(row.coreXPx).toBeCloseTo(x(Math.min(core, reach.median)), 9);
            // The relatives' share is said in words, not drawn as a length.
            expect(row.summary.includes('covered relatives')).toBe(Math.min(core, reach.median) < reach.median);
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
    expect(cc!.label!.lines.join(' ')).toContain('+578 on the preset');
    expect(cc!.summary).toContain("+578 on the preset's 3,000");
    expect(named!.label!.lines.join(' ')).not.toContain('preset');
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
    expect(chart.axis.ticks[0]!.value).toBe(firstTick);
    expect(chart.axis.title.lines.join(' ')).toMatch(kind === 'log' ? /log scale/ : /linear scale/);
    if (kind === 'linear') {
      // The axis ends at a round count just above the largest reach, not at China's population, and
      // only the reference lines within two orders of magnitude below its end are drawn.
      expect(chart.axis.ticks.at(-1)!.value).toBe(300e6);
      expect(chart.references.map((ref) => ref.id)).toEqual(['hk']);
      // Evenly spaced gridlines.
      const gaps = chart.axis.ticks.slice(1).map((tick, i) => tick.atPx - chart.axis.ticks[i]!.atPx);
      for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
    } else expect(chart.references).toHaveLength(3);
  });
});

describe('placeReachChart rows', () => {
  // 1,178 px wide: a 900 px plot from 1 person to China's population. Labels are 12 px: 7.8 px a character.
  const chart = placeReachChart(SMALL_MIDDLE_LARGE, [], 1178);
  const log = (people: number) => (900 * Math.log10(people)) / Math.log10(CHINA_2024);
  const [named, cc, members] = chart.rows;

  it('lays out a 900 px plot', () => expect(chart.layout.plotWidthPx).toBe(900));

  it('places an exact count: a dot only, no core marker or interval, the label right of it', () => {
    expect(named).toMatchObject({ id: 'named', coreXPx: undefined, interval: undefined, bars: [] });
    expect(named!.medianXPx).toBeCloseTo(log(4), 9);
    expect(named!.label).toMatchObject({ lines: ['4'], textAnchor: 'start', placement: 'right', yPx: 20 });
    expect(named!.label!.xPx).toBeCloseTo(log(4) + 6, 9);
    expect(named!.summary).toBe('Named officials: 4 people');
  });

  it('marks an estimate at its median, the people sanctioned directly apart, with its interval', () => {
    expect(cc!.coreXPx).toBeCloseTo(log(376), 9);
    expect(cc!.medianXPx).toBeCloseTo(log(3578), 9);
    expect(cc!.interval).toEqual({ x0Px: expect.closeTo(log(3313), 9), x1Px: expect.closeTo(log(3847), 9) });
    // Right of the interval's end; 21 characters (163.8 px) end well inside 900 px.
    expect(cc!.label).toMatchObject({ lines: ['≈ 3,580 (3,310–3,850)'], placement: 'right' });
    expect(cc!.label!.xPx).toBeCloseTo(log(3847) + 6, 9);
    expect(cc!.summary).toBe(
      'Central Committee and adult family: about 3,580 people (3,310–3,850), 89% of them covered relatives',
    );
  });

  it('moves a label that would run past the plot to a line below, ending under the interval', () => {
    // log(211,743,982) ≈ 818 px; + 6 + 31 × 7.8 > 900: below the bar, anchored at its end.
    expect(members!.label).toMatchObject({
      lines: ['≈ 204 million (196–212 million)'],
      textAnchor: 'end',
      placement: 'below',
    });
    expect(members!.label!.xPx).toBeCloseTo(log(211_743_982), 9);
    expect(members!.label!.box.leftPx).toBeCloseTo(log(211_743_982) - 241.8, 9);
  });

  it('stacks the rows: a line each, 10 px apart, two for a wrapped name, one more for a label below', () => {
    // From 8 px: "Named officials" (8–24); "Central Committee and adult family" in two lines at 240 px
    // (34–66); the members' two name lines, their bar line and the label below it (76–108).
    expect(chart.rows.map((row) => [row.topPx, row.bottomPx])).toEqual([
      [8, 24],
      [34, 66],
      [76, 108],
    ]);
    expect(chart.rows.map((row) => row.barTopPx)).toEqual([9, 35, 77]);
    expect(chart.axis.yPx).toBe(116);
  });

  it('clamps counts below 1 person to the left edge', () => {
    const [tiny] = placeReachChart(
      [makeScopeRecord('t', 'Tiny', 0.2, [0.4, 0.1, 0.9]), ...SMALL_MIDDLE_LARGE],
      [],
      1178,
    ).rows;
    expect(tiny).toMatchObject({ coreXPx: undefined, medianXPx: 0, interval: { x0Px: 0, x1Px: 0 } });
  });

  it('never places the core past the median reach', () => {
    const waived = makeScopeRecord('w', 'Waived', 500, [400, 350, 450]);
    const [row] = placeReachChart([waived, ...SMALL_MIDDLE_LARGE], [], 1178).rows;
    expect(row?.coreXPx).toBeUndefined();
    expect(row?.medianXPx).toBeCloseTo(log(400), 9);
    expect(row?.summary).not.toContain('relatives');
  });
});

describe('placeReachChart with claims from public debate', () => {
  // As the claims layer makes them (`claimsOnChart`), texts included.
  const claim = (id: string, scopeId: string, lowPeople: number, highPeople: number) => {
    const drawn = { name: `“claim ${id}”`, detail: 'A Writer, A Paper, 2020', lowPeople, highPeople };
    return { id, scopeId, ...drawn, ...chartClaimTexts(drawn) };
  };
  const claims = [
    claim('up-to', 'members-families', 265e6, 270e6),
    claim('small', 'named', 3, 5),
    claim('nowhere', 'not-on-the-chart', 1, 2),
  ];
  const chart = placeReachChart(SMALL_MIDDLE_LARGE, [], 1000, undefined, claims);
  const rowIds = chart.rows.map((row) => row.id);

  it('draws each claim as a row right under its scope, and leaves out one whose scope is not shown', () => {
    expect(rowIds).toEqual(['named', 'claim-small', 'cc-families', 'members-families', 'claim-up-to']);
  });

  it("marks the claimed range on the chart's scale, with no median, and labels it", () => {
    const row = chart.rows.find((candidate) => candidate.id === 'claim-up-to')!;
    const { scale } = makeReachScale(CHINA_2024, 722, 'log');
    // Under a pixel on the log scale: drawn 5 px wide around the range's middle.
    expect(scale(270e6) - scale(265e6)).toBeLessThan(1);
    expect((row.claim!.x0Px + row.claim!.x1Px) / 2).toBeCloseTo((scale(265e6) + scale(270e6)) / 2, 9);
    expect(row.claim!.x1Px - row.claim!.x0Px).toBeCloseTo(5, 9);
    // A wider range is drawn as it is.
    const wide = chart.rows.find((candidate) => candidate.id === 'claim-small')!;
    expect([wide.claim?.x0Px, wide.claim?.x1Px]).toEqual([scale(3), scale(5)]);
    expect(row).toMatchObject({ interval: undefined, coreXPx: undefined, ghostXPx: undefined, bars: [] });
    expect(row.label?.lines).toEqual(['Claimed: 265–270 million']);
    expect(row.detailMark?.lines).toEqual(['A Writer, A Paper, 2020']);
    expect(row.summary).toBe('A claim (A Writer, A Paper, 2020): “claim up-to”, read as 265–270 million people');
  });

  it('keys the claim mark, and describes the claims in words', () => {
    expect(chart.key.map((item) => item.mark)).toContain('claim');
    expect(placeReachChart(SMALL_MIDDLE_LARGE, [], 1000).key.map((item) => item.mark)).not.toContain('claim');
    expect(chart.description).toMatch(
      /Claims from public debate, each under the scope it speaks of: .*265–270 million/,
    );
    expect(chart.description).not.toContain('nowhere');
  });

  it('widens a linear axis to hold a claim beyond every scope', () => {
    const close = [makeScopeRecord('m', 'Members', 90e6, [92e6, 92e6, 92e6]), SMALL_MIDDLE_LARGE[2]!];
    const without = placeReachChart(close, [], 1000);
    const withClaim = placeReachChart(close, [], 1000, undefined, [claim('q', 'm', 317e6, 411e6)]);
    expect(without.axis.title.lines.join(' ')).toMatch(/linear scale/);
    expect(withClaim.axis.title.lines.join(' ')).toMatch(/linear scale/);
    expect(withClaim.rows.find((row) => row.id === 'claim-q')!.claim!.x1Px).toBeLessThanOrEqual(722);
    expect(withClaim.axis.ticks.at(-1)!.value).toBeGreaterThanOrEqual(411e6);
  });
});
