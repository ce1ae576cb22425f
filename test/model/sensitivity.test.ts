import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../../src/model/demographicParameters';
import { estimateReach } from '../../src/model/estimateReach';
import type { ModelInputs, ScopeInputs } from '../../src/model/modelInputs';
import { exactRange, type Range } from '../../src/model/range';
import { overlapAwareReach } from '../../src/model/reach';
import { rankCorrelations, tornado } from '../../src/model/sensitivity';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { modelInputsArb } from '../helpers/arbitraries';
import { loadPreset } from '../helpers/presets';

const ladder = resolveScenario(loadPreset('scope-ladder.json'));
const DEMOGRAPHIC = new Set<string>(DEMOGRAPHIC_KEYS);

/** The ladder with one scope, changed by `change`. */
function withScope(id: string, change: Partial<ScopeInputs>): ModelInputs {
  const scope = ladder.scopes.find((s) => s.id === id)!;
  return { ...ladder, scopes: [{ ...scope, ...change }] };
}

describe('tornado', () => {
  it('sorts every scope of the ladder by swing, largest first, with one base reach', () => {
    for (const scope of ladder.scopes) {
      const bars = tornado(ladder, scope.id);
      for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
      for (const bar of bars) {
        expect(bar.swing).toBe(Math.abs(bar.reachAtHigh - bar.reachAtLow));
        expect(bar.baseReach).toBe(bars[0]!.baseReach);
      }
    }
  });

  it('lists only uncertain inputs: the ladder varies the 15 demographic ones, never its exact counts', () => {
    const bars = tornado(ladder, 'all-members-families');
    expect(bars.map((bar) => bar.key).sort()).toEqual([...DEMOGRAPHIC_KEYS].sort());
  });

  it('gives no demographic input a swing when the scope covers no relatives', () => {
    for (const id of ['named-officials', 'politburo', 'central-committee', 'all-members']) {
      const bars = tornado(ladder, id);
      expect(bars.filter((bar) => DEMOGRAPHIC.has(bar.key) && bar.swing !== 0)).toEqual([]);
    }
  });

  it('swings base, conduct and waiver by hand-checked amounts (no family: reach = core)', () => {
    // core = base × conduct × (1 − waiver); at the modes 100 × 0.8 × 0.9 = 72.
    const inputs = withScope('all-members', {
      basePeople: { low: 90, mode: 100, high: 120 },
      conductShare: { low: 0.5, mode: 0.8, high: 1 },
      waiverShare: { low: 0, mode: 0.1, high: 0.2 },
    });
    const bars = tornado(inputs, 'all-members').filter((bar) => bar.swing > 0);
    const rows = bars.map(({ key, reachAtLow, reachAtHigh, swing, baseReach }) => ({
      key,
      reachAtLow,
      reachAtHigh,
      swing,
      baseReach,
    }));
    const close = (value: number) => expect.closeTo(value, 9);
    expect(rows).toEqual([
      // conduct: 100 × 0.5 × 0.9 = 45 to 100 × 1 × 0.9 = 90
      { key: 'conductShare', reachAtLow: close(45), reachAtHigh: close(90), swing: close(45), baseReach: close(72) },
      // base: 90 × 0.72 = 64.8 to 120 × 0.72 = 86.4
      {
        key: 'basePeople',
        reachAtLow: close(64.8),
        reachAtHigh: close(86.4),
        swing: close(21.6),
        baseReach: close(72),
      },
      // waiver: 100 × 0.8 × 1 = 80 down to 100 × 0.8 × 0.8 = 64
      { key: 'waiverShare', reachAtLow: close(80), reachAtHigh: close(64), swing: close(16), baseReach: close(72) },
    ]);
    expect(bars[0]).toMatchObject({
      label: 'Share meeting the legal test',
      unit: 'share (0-1)',
      lowValue: 0.5,
      modeValue: 0.8,
      highValue: 1,
    });
  });

  it('swings spouse clustering exactly as the overlap formula does at its low and high value', () => {
    const bars = tornado(ladder, 'all-members-families');
    const clustering = bars.find((bar) => bar.key === 'spouseClusteringOddsRatio')!;
    // The relatives per member do not depend on clustering: take them from a run at the modes.
    const scope = ladder.scopes.find((s) => s.id === 'all-members-families')!;
    const modes = Object.fromEntries(
      DEMOGRAPHIC_KEYS.map((key) => [key, exactRange(ladder.demographic[key].mode)]),
    ) as Record<DemographicKey, Range>;
    const one = (family: ScopeInputs['family']) =>
      estimateReach({
        seed: 1,
        samples: 1,
        demographic: modes,
        familySizeCorrelation: 0,
        scopes: [{ ...scope, family, readings: [] }],
      }).scopes[0]!.relativesPerMember.median;
    const mix = { spouses: one(['spouse']), otherAdults: one(['child18to20']), minors: one(['childUnder18']) };
    const reachAt = (spouseOddsRatio: number) =>
      overlapAwareReach(
        scope.basePeople.mode,
        mix,
        { people: scope.population, adults: scope.adultPopulation },
        {
          spouseOddsRatio,
          familyOddsRatio: modes.familyClusteringOddsRatio.mode,
          dispersion: modes.overlapDispersion.mode,
        },
      ).peopleReached;
    const range = ladder.demographic.spouseClusteringOddsRatio;
    expect(clustering.reachAtLow).toBeCloseTo(reachAt(range.low), 0);
    expect(clustering.reachAtHigh).toBeCloseTo(reachAt(range.high), 0);
    expect(clustering.baseReach).toBeCloseTo(reachAt(range.mode), 0);
    // More clustering, more spouses already in the core: fewer people reached.
    expect(clustering.reachAtHigh).toBeLessThan(clustering.reachAtLow);
  });

  it('ranks the inputs of all members, spouses and children under 21', () => {
    const bars = tornado(ladder, 'all-members-families');
    // Spouses are half the covered relatives, and a member's spouse is the likeliest to be a member.
    expect(bars.slice(0, 2).map((bar) => bar.key)).toEqual(['spouseClusteringOddsRatio', 'childrenCohort1990']);
    expect(bars[0]!.baseReach / 1e6).toBeCloseTo(200.3, 1);
    expect(bars[0]!.swing / 1e6).toBeCloseTo(29.9, 1);
    expect(bars[1]!.swing / 1e6).toBeCloseTo(14.5, 1);
    // The elder generation's inputs (siblings, survival of parents) do not enter spouses and young children.
    for (const key of ['womenChildrenCohort1930', 'medianAgeAtDeathYears', 'cadreChildrenOneChildEra'])
      expect(bars.find((bar) => bar.key === key)?.swing).toBe(0);
  });

  it('throws for an unknown scope', () => {
    expect(() => tornado(ladder, 'nope')).toThrow(RangeError);
  });

  it('keeps every bar sorted and its reaches around the base on random scenarios', () => {
    fc.assert(
      fc.property(modelInputsArb, (inputs) => {
        for (const scope of inputs.scopes) {
          const bars = tornado(inputs, scope.id);
          for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
          for (const bar of bars) {
            expect(Number.isFinite(bar.reachAtLow) && Number.isFinite(bar.reachAtHigh)).toBe(true);
            expect(bar.lowValue).toBeLessThan(bar.highValue);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('rankCorrelations', () => {
  // 2,000 draws are plenty for the signs and rough sizes, and keep the test quick.
  const inputs: ModelInputs = { ...ladder, samples: 2000 };
  const estimate = estimateReach(inputs);

  it('stays within [−1, 1] for every scope and input, strongest first', () => {
    for (const scope of inputs.scopes) {
      const correlations = rankCorrelations(inputs, estimate, scope.id);
      for (const { rho } of correlations) {
        expect(rho).toBeGreaterThanOrEqual(-1);
        expect(rho).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < correlations.length; i++)
        expect(Math.abs(correlations[i - 1]!.rho)).toBeGreaterThanOrEqual(Math.abs(correlations[i]!.rho));
    }
  });

  it('finds spouse clustering dominant (negative) for all members, spouses and children under 21', () => {
    const correlations = rankCorrelations(inputs, estimate, 'all-members-families');
    const rho = (key: string) => correlations.find((c) => c.key === key)!.rho;
    expect(correlations[0]!.key).toBe('spouseClusteringOddsRatio');
    expect(rho('spouseClusteringOddsRatio')).toBeLessThan(-0.6);
    // Children of the 1990 cohort come next and raise the reach.
    expect(correlations[1]!.key).toBe('childrenCohort1990');
    expect(rho('childrenCohort1990')).toBeGreaterThan(0.35);
    // Inputs that do not enter this scope still correlate with it through the shared family-size
    // factor (see drawDemographics); an input outside that group does not.
    expect(rho('womenChildrenCohort1930')).toBeGreaterThan(0.15);
    expect(Math.abs(rho('medianAgeAtDeathYears'))).toBeLessThan(0.1);
  });

  it('is 1 for the only uncertain input when the reach is that input', () => {
    const single = withScope('all-members', { basePeople: { low: 90, mode: 100, high: 120 } });
    const correlations = rankCorrelations(single, estimateReach(single), 'all-members');
    expect(correlations.find((c) => c.key === 'basePeople')?.rho).toBeCloseTo(1, 12);
    // The demographic inputs are drawn too, but the reach does not depend on them.
    for (const c of correlations.filter((c) => c.key !== 'basePeople')) expect(Math.abs(c.rho)).toBeLessThan(0.1);
  });

  it('is 0 for every input when the reach does not vary', () => {
    for (const { rho } of rankCorrelations(inputs, estimate, 'politburo')) expect(rho).toBe(0);
  });

  it('refuses an estimate run on other inputs', () => {
    expect(() => rankCorrelations({ ...inputs, seed: inputs.seed + 1 }, estimate, 'politburo')).toThrow(RangeError);
    expect(() => rankCorrelations(inputs, estimate, 'nope')).toThrow(RangeError);
  });
});
