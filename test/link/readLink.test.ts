import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/link/readLink';
import { DEMOGRAPHIC_CODES } from '../../src/link/shortCodes';
import { DEMOGRAPHIC_BOUNDS, DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';
import { MAX_SEED } from '../../src/model/rng';
import { parseScenario } from '../../src/scenario/parseScenario';
import { MAX_SAMPLES, READER_RATIONALE, TEXT_LIMITS } from '../../src/scenario/scenario';
import { PRESETS } from '../helpers/linkArbitraries';
import { signed } from '../helpers/signedLink';

const ladder = PRESETS.find((preset) => preset.id === 'scope-ladder')!;
const read = (query: string) => readLink(signed(`v=2&p=scope-ladder&${query}`), PRESETS);
const long = (length: number) => 'x'.repeat(length);

// The reader checks only that each field can be read; the scenario schema alone says which values
// are allowed, so a value the schema refuses goes back to the preset's, field by field, with a notice.
describe('readLink: the schema is the one judge of a link’s values', () => {
  it.each([
    ['t=' + long(TEXT_LIMITS.title + 1), /title in this link was unreadable/, (s = ladder) => s.title],
    ['t=%20%20', /title in this link was unreadable/, (s = ladder) => s.title],
    ['d=' + long(2001), /description in this link was unreadable/, (s = ladder) => s.description],
    [`seed=${MAX_SEED + 1}`, /seed in this link was unreadable/, (s = ladder) => s.seed],
    [`n=${MAX_SAMPLES + 1}`, /number of draws in this link was unreadable; 10,000/, (s = ladder) => s.samples],
    ['a=m2~0.9-0.8-0.95', /assumption “m2” in this link was unreadable/, (s = ladder) => s.assumptions],
    ['a=gap~10-20-30', /assumption “gap” in this link was unreadable/, (s = ladder) => s.assumptions],
    ['ns=1&s=0_c~0.5-0.6-1.5', /share meeting the legal test of scope 1/, (s = ladder) => s.scopes[0]!.conductShare],
    ['ns=1&s=0_l~' + long(TEXT_LIMITS.label + 1), /name of scope 1/, (s = ladder) => s.scopes[0]!.label],
    ['ns=1&s=0_f~sp.sp', /family rule of scope 1/, (s = ladder) => s.scopes[0]!.family],
    ['ns=1&s=0_i~vb.vb', /measures of scope 1/, (s = ladder) => s.scopes[0]!.instruments],
    ['ns=1&s=0_vb~0-0.5-2', /visa ban exposure of scope 1/, (s = ladder) => s.scopes[0]!.instruments],
    ['ns=1&s=0_ds~' + long(2001), /description of scope 1/, (s = ladder) => s.scopes[0]!.description],
  ] as const)('%s: refused by the schema, the preset’s value is used with a notice', (query, notice, field) => {
    const decoded = read(query);
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toMatch(notice);
    expect(field(decoded.state.scenario)).toEqual(field(ladder));
    expect(parseScenario(decoded.state.scenario).ok).toBe(true);
  });

  it('keeps the rest of a scope whose one field was refused', () => {
    const decoded = read('ns=1&s=0_l~Renamed_c~0.5-0.6-1.5');
    expect(decoded.state.scenario.scopes[0]!.label).toBe('Renamed');
    expect(decoded.state.scenario.scopes[0]!.conductShare).toEqual(ladder.scopes[0]!.conductShare);
  });

  it('a custom group out of the schema’s bounds goes back to what the scope was written against', () => {
    const decoded = read('ns=1&s=gl~Mine_pp~1-2-3_en~2000000_ap~pm24_yr~2024');
    expect(decoded.problems).toEqual([expect.stringMatching(/base group of scope 1/)]);
    expect(parseScenario(decoded.state.scenario).ok).toBe(true);
  });

  it('accepts an assumption exactly when the schema does, at and around every bound', () => {
    const key = fc.constantFrom(...DEMOGRAPHIC_KEYS);
    const value = (k: (typeof DEMOGRAPHIC_KEYS)[number]) => {
      const { min, max } = DEMOGRAPHIC_BOUNDS[k];
      return fc.constantFrom(min - 0.5, min, (min + max) / 2, max, max + 0.5);
    };
    fc.assert(
      fc.property(
        key.chain((k) => fc.tuple(fc.constant(k), value(k), value(k), value(k))),
        ([k, a, b, c]) => {
          const [low, mode, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
          const decoded = read(`a=${DEMOGRAPHIC_CODES.toCode(k)}~${low}-${mode}-${high}`);
          const alone = parseScenario({
            ...ladder,
            assumptions: { ...ladder.assumptions, [k]: { low, mode, high, rationale: READER_RATIONALE } },
          });
          expect(decoded.problems.length === 0).toBe(alone.ok);
          expect(decoded.state.scenario.assumptions[k]).toEqual(
            alone.ok ? { low, mode, high, rationale: READER_RATIONALE } : ladder.assumptions[k],
          );
        },
      ),
      { numRuns: 60, seed: 20261126 },
    );
  });
});
