import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson } from '../../src/scenario/parseScenario';
import { loadPreset, PRESET_FILES } from '../helpers/presets';

const valid = () => structuredClone(loadPreset('scope-ladder.json')) as unknown as Record<string, unknown>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseScenario', () => {
  it.each(PRESET_FILES)('accepts the preset %s', (file) => {
    expect(() => loadPreset(file)).not.toThrow();
  });

  it('finds five presets, including the ones the method notes name', () => {
    expect(PRESET_FILES).toEqual(
      expect.arrayContaining([
        'magnitsky-2020.json',
        'stop-ccp-act.json',
        'member-visa-ban-2020.json',
        'visa-rule-2020.json',
        'scope-ladder.json',
      ]),
    );
  });

  // Each case breaks one thing; the parser must name the field and say what is wrong.
  const cases: { name: string; mutate: (s: Json) => unknown; path: string; message: RegExp }[] = [
    {
      name: 'wrong format tag',
      mutate: (s) => ({ ...s, format: 'other' }),
      path: 'format',
      message: /must be "sanction-scope\/scenario"/,
    },
    { name: 'future version', mutate: (s) => ({ ...s, version: 2 }), path: 'version', message: /version must be 1/ },
    { name: 'seed as text', mutate: (s) => ({ ...s, seed: '42' }), path: 'seed', message: /seed must be a number/ },
    { name: 'negative seed', mutate: (s) => ({ ...s, seed: -3 }), path: 'seed', message: /at least|0 or more/ },
    { name: 'fractional samples', mutate: (s) => ({ ...s, samples: 10.5 }), path: 'samples', message: /whole number/ },
    {
      name: 'too many samples',
      mutate: (s) => ({ ...s, samples: 10_000_000 }),
      path: 'samples',
      message: /at most 100,000/,
    },
    { name: 'no scopes', mutate: (s) => ({ ...s, scopes: [] }), path: 'scopes', message: /at least one scope/ },
    {
      name: 'thirteen scopes',
      mutate: (s) => ({ ...s, scopes: Array.from({ length: 13 }, (_, i) => ({ ...s.scopes[0], id: `s${i}` })) }),
      path: 'scopes',
      message: /at most 12 scopes/,
    },
    {
      name: 'share above 1',
      mutate: (s) => {
        s.scopes[1].conductShare = { low: 0.5, mode: 0.8, high: 1.5, rationale: 'x' };
        return s;
      },
      path: 'scopes[1].conductShare.high',
      message: /at most 1/,
    },
    {
      name: 'range out of order',
      mutate: (s) => {
        s.scopes[2].waiverShare = { low: 0.3, mode: 0.1, high: 0.5, rationale: 'x' };
        return s;
      },
      path: 'scopes[2].waiverShare',
      message: /low <= mode <= high/,
    },
    {
      name: 'uncertain range without a reason',
      mutate: (s) => {
        s.scopes[0].conductShare = { low: 0.5, mode: 0.8, high: 1 };
        return s;
      },
      path: 'scopes[0].conductShare',
      message: /needs a rationale or sources/,
    },
    {
      name: 'unknown relation type',
      mutate: (s) => {
        s.scopes[4].family = ['spouse', 'cousin'];
        return s;
      },
      path: 'scopes[4].family[1]',
      message: /must be one of: spouse/,
    },
    {
      name: 'relation listed twice',
      mutate: (s) => {
        s.scopes[4].family = ['spouse', 'spouse'];
        return s;
      },
      path: 'scopes[4].family',
      message: /twice/,
    },
    {
      name: 'unknown group',
      mutate: (s) => {
        s.scopes[3].base.groupId = 'politburo-99';
        return s;
      },
      path: 'scopes[3].base.groupId',
      message: /not a group in the figures catalogue/,
    },
    {
      name: 'year with no figure for the group',
      mutate: (s) => {
        s.scopes[3].base.year = 2015;
        return s;
      },
      path: 'scopes[3].base.year',
      message: /no size for 2015; use a year from 2022 to 2025/,
    },
    {
      name: 'year with no population figure',
      mutate: (s) => {
        s.scopes[0].base.year = 2030;
        return s;
      },
      path: 'scopes[0].base.year',
      message: /no population figure for 2030/,
    },
    {
      name: 'unknown designation round',
      mutate: (s) => {
        s.scopes[0].base.roundIds = ['glomag-1999-01-01-nobody'];
        return s;
      },
      path: 'scopes[0].base.roundIds[0]',
      message: /not a designation round/,
    },
    {
      name: 'unknown base kind',
      mutate: (s) => {
        s.scopes[0].base = { kind: 'everyone', year: 2020 };
        return s;
      },
      path: 'scopes[0].base.kind',
      message: /"group", "named" or "custom"/,
    },
    {
      name: 'misspelt field',
      mutate: (s) => {
        s.scopes[0].famliy = [];
        return s;
      },
      path: 'scopes[0].famliy',
      message: /unknown field "famliy"/,
    },
    {
      name: 'duplicate scope id',
      mutate: (s) => {
        s.scopes[1].id = s.scopes[0].id;
        return s;
      },
      path: 'scopes[1].id',
      message: /used twice/,
    },
    {
      name: 'missing label',
      mutate: (s) => {
        delete s.scopes[2].label;
        return s;
      },
      path: 'scopes[2].label',
      message: /label is required/,
    },
    {
      name: 'assumption outside its bounds',
      mutate: (s) => ({
        ...s,
        assumptions: { familyClusteringOddsRatio: { low: 0.5, mode: 1, high: 2, rationale: 'x' } },
      }),
      path: 'assumptions.familyClusteringOddsRatio.low',
      message: /at least 1/,
    },
    {
      name: 'unknown assumption',
      mutate: (s) => ({ ...s, assumptions: { cousinsPerMember: { low: 1, mode: 1, high: 1 } } }),
      path: 'assumptions.cousinsPerMember',
      message: /unknown field/,
    },
    {
      name: 'script in a source url',
      mutate: (s) => ({ ...s, sources: [{ title: 'x', url: 'javascript:alert(1)' }] }),
      path: 'sources[0].url',
      message: /http/,
    },
  ];

  it.each(cases)('reports $name at $path', ({ mutate, path, message }) => {
    const result = parseScenario(mutate(valid() as Json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('reports catalogue problems even when the structure is also broken', () => {
    const broken = valid() as Json;
    broken.seed = 'x';
    broken.scopes[3].base.groupId = 'nope';
    const result = parseScenario(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['seed', 'scopes[3].base.groupId']));
  });

  it.each([
    ['', /not valid JSON/],
    ['{"format": ', /not valid JSON/],
    ['[]', /must be an object/],
    ['null', /must be an object/],
    ['42', /must be an object/],
  ])('reads the text %j as a problem, not an exception', (text, message) => {
    const result = parseScenarioJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(message);
  });

  it('never throws, on any JSON value or a mutated preset', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseScenario(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    const text = JSON.stringify(valid());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ maxLength: 3 }), (at, insert) => {
        expect(() => parseScenarioJson(text.slice(0, at) + insert + text.slice(at + 1))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('survives a hostile object whose getter throws', () => {
    const hostile = valid();
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseScenario(hostile);
    expect(result.ok).toBe(false);
  });
});
