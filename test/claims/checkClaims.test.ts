import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimsFile } from '../../src/claims/claim';
import { checkClaims, type ClaimCheck } from '../../src/claims/checkClaims';
import { claimReferenceProblems } from '../../src/claims/claimReferenceProblems';
import { parseClaimsJson } from '../../src/claims/parseClaims';
import { estimateReach } from '../../src/model/estimateReach';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset, PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';

const PRESETS = PRESET_FILES.map(loadPreset);

function claimsFile(): ClaimsFile {
  const parsed = parseClaimsJson(readFileSync(join(SCENARIOS_DIR, 'claims.json'), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const FILE = claimsFile();
const CHECKS = checkClaims(FILE, PRESETS);
const byId = (id: string): ClaimCheck => {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no claim ${id}`);
  return check;
};

describe('scenarios/claims.json', () => {
  it('names only presets and scopes that exist', () => {
    expect(claimReferenceProblems(FILE, PRESETS)).toEqual([]);
  });

  it('holds the claims the issue lists', () => {
    const words = FILE.claims.map((claim) => claim.words).join('\n');
    for (const phrase of [
      'a quarter of China’s population',
      'roughly 270 million people',
      'up to a fifth',
      'up to 270 million',
      'nearly one billion',
      'bigger than most countries in the world',
      'nearly 10 percent',
    ]) {
      expect(words).toContain(phrase);
    }
  });

  it('quotes only sources with a URL, or says why there is none', () => {
    for (const claim of FILE.claims) {
      if (claim.source.url === undefined) expect(claim.note).toMatch(/No URL/);
      else expect(claim.source.url).toMatch(/^https:\/\//);
    }
  });
});

describe('checkClaims', () => {
  it.each(FILE.claims.map((claim) => claim.id))('%s gets a verdict with a one-line reason', (id) => {
    const check = byId(id);
    expect(['supported', 'too-high', 'too-low']).toContain(check.verdict.kind);
    expect(check.verdict.factor).toBeGreaterThanOrEqual(1);
    expect(check.verdict.reason).toMatch(/^The model puts .+\.$/);
    expect(check.verdict.reason).not.toMatch(/\n|NaN|undefined/);
    expect(check.modelled.p05).toBeLessThanOrEqual(check.modelled.median);
    expect(check.modelled.median).toBeLessThanOrEqual(check.modelled.p95);
  });

  it.each([
    ['op-ed-quarter-of-population', 'too-high'],
    ['op-ed-quarter-extended-family', 'too-low'],
    ['op-ed-bigger-than-most-countries', 'supported'],
    ['nyt-roughly-270-million', 'too-high'],
    ['matador-up-to-270-million', 'too-high'],
    ['wsj-up-to-a-fifth', 'too-high'],
    ['blanchette-nearly-10-percent', 'too-high'],
    ['house-bill-nearly-one-billion-members', 'too-high'],
  ])('%s is %s', (id, kind) => {
    expect(byId(id).verdict.kind).toBe(kind);
  });

  it('reads the same numbers as npm run estimate on the same preset', () => {
    const preset = PRESETS.find((scenario) => scenario.id === 'visa-rule-2020')!;
    const [scope] = estimateReach(resolveScenario(preset)).scopes;
    const check = byId('nyt-roughly-270-million');
    expect(check.modelled).toEqual({
      median: scope!.peopleReached.median,
      p05: scope!.peopleReached.p05,
      p95: scope!.peopleReached.p95,
    });
    expect(check.tested).toMatchObject({ scenarioId: 'visa-rule-2020', inline: false, seed: preset.seed });
  });

  it('computes the countries verdict: 16 countries are larger than the 2019 membership', () => {
    const check = byId('op-ed-bigger-than-most-countries');
    expect(check.modelled).toEqual({ median: 16, p05: 16, p95: 16 });
    expect(check.unit).toBe('countries');
  });

  it('tests "nearly one billion" on the inline end-2023 count', () => {
    const check = byId('house-bill-nearly-one-billion-members');
    expect(check.tested).toMatchObject({ inline: true, scenarioId: 'party-members-2023', year: 2023 });
    expect(check.modelled.median).toBe(99_185_000);
    expect(check.verdict.factor).toBeCloseTo(9e8 / 99_185_000, 9);
    expect(check.whatItWouldTake).toBeUndefined(); // a count of members has no relatives to solve for
  });

  it('solves "a quarter" for covered relatives per member: about 3.1-4.6, outside both readings', () => {
    for (const id of ['op-ed-quarter-of-population', 'op-ed-quarter-extended-family']) {
      const take = byId(id).whatItWouldTake!;
      expect(take.insideModelInterval).toBe(false);
      expect(take.required.low).toMatchObject({ kind: 'solved', relativesPerMember: expect.closeTo(3.13, 1) });
      expect(take.required.high).toMatchObject({ kind: 'solved', relativesPerMember: expect.closeTo(4.63, 1) });
      expect(take.basis.oddsRatio).toBe(2.5);
    }
    expect(byId('op-ed-quarter-of-population').whatItWouldTake!.modelled.p95).toBeLessThan(3.13);
    expect(byId('op-ed-quarter-extended-family').whatItWouldTake!.modelled.p05).toBeGreaterThan(4.63);
  });

  it('solves only claims about people reached that the model does not support', () => {
    for (const check of CHECKS) {
      const solvable = ['peopleReached', 'shareOfPopulation'].includes(check.quantity);
      expect(check.whatItWouldTake !== undefined).toBe(solvable && check.verdict.kind !== 'supported');
    }
  });

  it('estimates each scenario once and takes --samples and --seed over every scenario', () => {
    const a = checkClaims(FILE, PRESETS, { samples: 300, seed: 7 });
    const b = checkClaims(FILE, PRESETS, { samples: 300, seed: 7 });
    expect(a).toEqual(b);
    for (const check of a) expect(check.tested).toMatchObject({ samples: 300, seed: 7 });
  });

  it('throws on a claim naming a preset that is not given (claimReferenceProblems catches it first)', () => {
    const file = { ...FILE, claims: [{ ...FILE.claims[0]!, test: { scenarioId: 'nowhere', scopeId: 'x' } }] };
    expect(claimReferenceProblems(file, PRESETS)).toEqual([
      { path: 'claims[0].test.scenarioId', message: expect.stringMatching(/"nowhere" is not a preset scenario/) },
    ]);
    expect(() => checkClaims(file, PRESETS)).toThrow(/nowhere/);
  });

  it('reports a scope that is not in the preset', () => {
    const file = {
      ...FILE,
      claims: [{ ...FILE.claims[0]!, test: { scenarioId: 'visa-rule-2020', scopeId: 'everyone' } }],
    };
    expect(claimReferenceProblems(file, PRESETS)).toEqual([
      { path: 'claims[0].test.scopeId', message: expect.stringMatching(/"everyone" is not a scope of visa-rule-2020/) },
    ]);
  });
});
