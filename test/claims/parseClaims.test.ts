import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaims, parseClaimsJson } from '../../src/claims/parseClaims';
import { SCENARIOS_DIR } from '../helpers/presets';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CLAIMS_TEXT = readFileSync(join(SCENARIOS_DIR, 'claims.json'), 'utf8');
const valid = (): Json => JSON.parse(CLAIMS_TEXT) as Json;
const inlineIndex = (file: Json): number => file.claims.findIndex((claim: Json) => claim.test.scenario !== undefined);
/** The claim tested on an inline scenario. */
const INLINE = inlineIndex(valid());

describe('parseClaims', () => {
  it('accepts scenarios/claims.json, inline scenario included', () => {
    const parsed = parseClaimsJson(CLAIMS_TEXT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.claims.length).toBeGreaterThanOrEqual(7);
    const inline = parsed.value.claims.find((claim) => 'scenario' in claim.test);
    expect(inline?.test).toMatchObject({ scopeIds: ['members'], scenario: { id: 'party-members-2023' } });
  });

  it('is not a scenario: its format tag says so', () => {
    expect(valid().format).toBe('sanction-scope/claims');
  });

  // Each case breaks one thing; the parser must name the field and say what is wrong.
  const cases: { name: string; mutate: (f: Json) => unknown; path: string; message: RegExp }[] = [
    {
      name: 'a scenario instead',
      mutate: (f) => ({ ...f, format: 'sanction-scope/scenario' }),
      path: 'format',
      message: /must be "sanction-scope\/claims"/,
    },
    { name: 'future version', mutate: (f) => ({ ...f, version: 3 }), path: 'version', message: /version must be 2/ },
    { name: 'no claims', mutate: (f) => ({ ...f, claims: [] }), path: 'claims', message: /at least one claim/ },
    {
      name: 'missing words',
      mutate: (f) => {
        delete f.claims[1].words;
        return f;
      },
      path: 'claims[1].words',
      message: /words is required/,
    },
    {
      name: 'misspelt field',
      mutate: (f) => {
        f.claims[0].reeding = 'x';
        return f;
      },
      path: 'claims[0].reeding',
      message: /unknown field "reeding"/,
    },
    {
      name: 'unknown quantity',
      mutate: (f) => {
        f.claims[2].quantity = 'households';
        return f;
      },
      path: 'claims[2].quantity',
      message: /quantity must be one of: peopleReached, shareOfPopulation/,
    },
    {
      name: 'low above high',
      mutate: (f) => {
        f.claims[3].claimed = { hedge: 'range', low: 3e8, high: 2e8 };
        return f;
      },
      path: 'claims[3].claimed',
      message: /low <= high/,
    },
    {
      name: 'an unknown hedge',
      mutate: (f) => {
        f.claims[3].claimed = { hedge: 'maybe', value: 3 };
        return f;
      },
      path: 'claims[3].claimed.hedge',
      message: /hedge must be one of: about, up-to, nearly/,
    },
    {
      name: 'a fraction of 1',
      mutate: (f) => {
        f.claims[0].claimed = { hedge: 'fraction', denominator: 1 };
        return f;
      },
      path: 'claims[0].claimed.denominator',
      message: /2 or more/,
    },
    {
      name: 'a share above 1',
      mutate: (f) => {
        f.claims[0].claimed = { hedge: 'nearly', value: 25, step: 1 };
        return f;
      },
      path: 'claims[0].claimed',
      message: /from 0 to 1 for shareOfPopulation/,
    },
    {
      name: 'a defined reading that does not exist',
      mutate: (f) => {
        f.claims[0].definedReading = 'cousins';
        return f;
      },
      path: 'claims[0].definedReading',
      message: /"cousins" is not a family reading/,
    },
    {
      name: 'a bad date',
      mutate: (f) => {
        f.claims[3].when = 'December 2020';
        return f;
      },
      path: 'claims[3].when',
      message: /YYYY, YYYY-MM or YYYY-MM-DD/,
    },
    {
      name: 'a bad url',
      mutate: (f) => {
        f.claims[3].source.url = 'javascript:alert(1)';
        return f;
      },
      path: 'claims[3].source.url',
      message: /http/,
    },
    {
      name: 'no url and no note',
      mutate: (f) => {
        const index = f.claims.findIndex((claim: Json) => claim.source.url === undefined);
        delete f.claims[index].note;
        return f;
      },
      path: `claims[${valid().claims.findIndex((claim: Json) => claim.source.url === undefined)}]`,
      message: /without a source url needs a note/,
    },
    {
      name: 'both a preset and an inline scenario',
      mutate: (f) => {
        f.claims[0].test.scenario = {};
        return f;
      },
      path: 'claims[0].test',
      message: /either scenarioId .* or scenario/,
    },
    {
      name: 'a claim id used twice',
      mutate: (f) => {
        f.claims[1].id = f.claims[0].id;
        return f;
      },
      path: 'claims[1].id',
      message: /used twice/,
    },
    {
      name: 'an inline scenario with a bad year',
      mutate: (f) => {
        f.claims[inlineIndex(f)].test.scenario.scopes[0].base.year = 1990;
        return f;
      },
      path: `claims[${INLINE}].test.scenario.scopes[0].base.year`,
      message: /no population figure for 1990/,
    },
    {
      name: 'an inline scope that is not there',
      mutate: (f) => {
        f.claims[inlineIndex(f)].test.scopeIds = ['nobody'];
        return f;
      },
      path: `claims[${INLINE}].test.scopeIds[0]`,
      message: /"nobody" is not a scope of the inline scenario; its scopes are: members/,
    },
  ];

  it.each(cases)('reports $name at $path', ({ mutate, path, message }) => {
    const result = parseClaims(mutate(valid()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('reports every problem at once, inline scenarios included', () => {
    const file = valid();
    file.version = 3;
    file.claims[0].quantity = 'x';
    file.claims[inlineIndex(file)].test.scenario.seed = 'one';
    const result = parseClaims(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['version', 'claims[0].quantity', `claims[${INLINE}].test.scenario.seed`]),
    );
  });

  it.each([[null], [[]], ['claims'], [42]])('refuses %j as a whole', (input) => {
    const result = parseClaims(input);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ path: '' })] });
  });

  it('reports bad JSON and oversized text as problems', () => {
    expect(parseClaimsJson('{ nope')).toMatchObject({ ok: false, problems: [{ message: /not valid JSON/ }] });
    expect(parseClaimsJson(' '.repeat(1_000_001))).toMatchObject({ ok: false, problems: [{ message: /larger than/ }] });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => parseClaims(input)).not.toThrow();
        expect(() => parseClaims({ ...valid(), claims: [input] })).not.toThrow();
      }),
    );
  });
});
