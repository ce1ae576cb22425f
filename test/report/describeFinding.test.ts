import { describe, expect, it } from 'vitest';
import { describeFinding, FINDING_FOCUS } from '../../src/report/describeFinding';
import type { ScopeRecord } from '../../src/report/estimateRecord';
import { makeScopeRecord, SMALL_MIDDLE_LARGE } from '../charts/makeScopeRecord';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const noRatio = () => undefined;
const fixedRatio = () => ({ median: 903.2, p05: 838.1, p95: 973.4 });

describe('describeFinding', () => {
  it.each<[string, ScopeRecord[], string | undefined, string]>([
    [
      'one scope: its reach and share',
      [SMALL_MIDDLE_LARGE[2]!],
      undefined,
      'All members, spouses and children under 21 would reach about 204 million people (196–212 million), 14.5% of China’s population.',
    ],
    [
      'an exact count is given in full',
      [makeScopeRecord('m', 'All Party members', 100_271_000, [100_271_000, 100_271_000, 100_271_000])],
      undefined,
      'All Party members would reach 100,271,000 people, 7.12% of China’s population.',
    ],
    [
      'several scopes: the largest against the smallest, with the ratio',
      SMALL_MIDDLE_LARGE,
      undefined,
      'All members, spouses and children under 21 would reach about 204 million people (196–212 million), 903 times (838–973) as many as “Named officials”.',
    ],
  ])('%s', (_, results, presetId, expected) => {
    const ratioOf = results.length > 1 ? fixedRatio : noRatio;
    expect(plain(describeFinding(results, ratioOf, presetId).sentence)).toBe(expected);
  });

  it("uses the preset's own comparison when both its scopes are there, and the default when one is gone", () => {
    const ladder = [
      makeScopeRecord('named-officials', 'Named officials', 4, [4, 4, 4]),
      makeScopeRecord('central-committee-families', 'Central Committee and adult family', 376, [3690, 3420, 3960]),
      makeScopeRecord('all-members', 'All Party members', 100_271_000, [100_271_000, 100_271_000, 100_271_000]),
    ];
    const asked: [number, number][] = [];
    const ratioOf = (focus: number, base: number) => (asked.push([focus, base]), fixedRatio());
    const finding = describeFinding(ladder, ratioOf, 'scope-ladder');
    expect(plain(finding.sentence)).toMatch(/^Central Committee and adult family would reach about 3,690 people/);
    expect(finding).toMatchObject({ focusId: 'central-committee-families', baseId: 'named-officials' });
    expect(asked).toEqual([[1, 0]]);
    // The preset's focus removed: the largest against the smallest.
    const edited = describeFinding([ladder[0]!, ladder[2]!], fixedRatio, 'scope-ladder');
    expect(edited).toMatchObject({ focusId: 'all-members', baseId: 'named-officials' });
  });

  it('says the share instead when the ratio cannot be read (a base of no one)', () => {
    const results = [
      makeScopeRecord('none', 'Nobody', 0, [0, 0, 0]),
      makeScopeRecord('some', 'Some', 10, [10, 10, 10]),
    ];
    const finding = describeFinding(results, noRatio);
    expect(plain(finding.sentence)).toBe('Some would reach 10 people, <0.01% of China’s population.');
    expect(finding.baseId).toBeUndefined();
  });

  it('names the reading its number rests on, and the range across readings', () => {
    const record: ScopeRecord = {
      ...makeScopeRecord('cc', 'Central Committee and adult family', 376, [3610, 3350, 3890]),
      family: {
        term: 'adult-family-member',
        words: 'adult family member',
        chosenReading: 'adult-wide',
        readings: [],
        acrossReadings: { low: 1070, high: 7380 },
      },
    };
    record.family!.readings = [1, 2, 3].map((i) => ({
      id: `r${i}`,
      label: `r${i}`,
      relativesPerMember: { median: 1, p05: 1, p95: 1 },
      peopleReached: { median: 1, p05: 1, p95: 1 },
      shareOfPopulation: { median: 0, p05: 0, p95: 0 },
      shareOfAdults: { median: 0, p05: 0, p95: 0 },
    }));
    const { reading } = describeFinding([record], noRatio);
    expect(reading).toMatch(/^“adult family member” read as .+; its 3 readings give 1,070–7,380\.$/);
  });

  it('names comparisons only between scopes that exist in the preset files', () => {
    const presets = PRESET_FILES.map((file) => loadPreset(file));
    for (const [presetId, { focusId, baseId }] of Object.entries(FINDING_FOCUS)) {
      const preset = presets.find((candidate) => candidate.id === presetId);
      expect(preset, presetId).toBeDefined();
      expect(preset!.scopes.map((scope) => scope.id)).toEqual(expect.arrayContaining([focusId, baseId]));
    }
  });
});
