import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimsFile } from '../../src/claims/claim';
import { checkClaims, summarize, type ClaimCheck, type ReadingVerdict } from '../../src/claims/checkClaims';
import { claimReferenceProblems } from '../../src/claims/claimReferenceProblems';
import { parseClaimsJson } from '../../src/claims/parseClaims';
import { verdict } from '../../src/claims/verdict';
import { FAMILY_TERMS } from '../../src/data/familyReadings';
import { estimateReach } from '../../src/model/estimateReach';
import type { Interval } from '../../src/model/interval';
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
const supportedBy = (id: string) =>
  byId(id)
    .readings.filter((r) => r.verdict.kind === 'supported')
    .map((r) => r.readingId);

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

  it('quotes only sources with an https address, or says why there is none', () => {
    for (const claim of FILE.claims) {
      if (claim.source.url === undefined) expect(claim.note).toMatch(/^No address/);
      else expect(claim.source.url).toMatch(/^https:\/\//);
    }
  });
});

describe('checkClaims on the published claims', () => {
  it.each(FILE.claims.map((claim) => claim.id))('%s gets a verdict under every reading, and a summary', (id) => {
    const check = byId(id);
    expect(check.readings.length).toBeGreaterThanOrEqual(1);
    for (const reading of check.readings) {
      expect(reading.verdict.reason).toMatch(/^The model puts .+\.$/);
      expect(reading.modelled.p05).toBeLessThanOrEqual(reading.modelled.median);
      expect(reading.modelled.median).toBeLessThanOrEqual(reading.modelled.p95);
    }
    expect(check.summary.text).not.toMatch(/\n|NaN|undefined/);
    expect(check.hedgeReading).toMatch(/\.$/);
  });

  it('tests claims about families under every reading of "their families", narrowest first', () => {
    const families = FAMILY_TERMS.find((term) => term.id === 'families')!;
    expect(byId('lohman-quarter-of-population').readings.map((r) => r.readingId)).toEqual(families.readingIds);
    // Blanchette's words leave open whether families count: members alone come first.
    expect(byId('blanchette-nearly-10-percent').readings.map((r) => r.readingId)).toEqual([
      null,
      ...families.readingIds,
    ]);
  });

  it.each([
    // "A quarter" (22.5-29.2%): spouses, children and parents (21.9%, 20.5-23.3%) and with parents-in-law (25.0%).
    ['lohman-quarter-of-population', 'depends-on-reading', ['spouse-children-parents', 'with-parents-in-law']],
    // "Up to a fifth" (18.3-20%): spouses and children of any age (17.5%, 16.3-18.7%), and immigration law's relatives.
    ['vision-times-up-to-a-fifth', 'depends-on-reading', ['spouse-children', 'immediate-relatives']],
    // "Nearly 10 percent" (9-10%): members and spouses (9.86%); members alone (6.57%) are too few.
    ['blanchette-nearly-10-percent', 'depends-on-reading', ['spouse']],
    // "Up to 270 million" (265-270 M) falls between 247 M and 306 M: no reading gives it.
    ['matador-up-to-270-million', 'not-supported', []],
    ['lohman-bigger-than-most-countries', 'supported', [null]],
    // The December rule defines its reading (spouses, children under 21: 180 M): too high under it.
    ['nyt-roughly-270-million', 'too-high', []],
    ['epoch-times-nearly-one-billion-members', 'too-high', []],
  ])('%s is %s, supported by %j', (id, kind, readings) => {
    expect(byId(id).summary.kind).toBe(kind);
    expect(supportedBy(id)).toEqual(readings);
  });

  it('names the readings behind each verdict in its summary', () => {
    expect(byId('lohman-quarter-of-population').summary.text).toMatch(
      /^Depends on who counts: it matches spouses, children and parents: 21\.\d% .*; and spouses, children, parents and parents-in-law/,
    );
    expect(byId('matador-up-to-270-million').summary.text).toMatch(
      /^No reading gives it: it lies between spouses, children under 21 and parents: 24\d million .*and spouses, children and parents: 30\d million/,
    );
    expect(byId('nyt-roughly-270-million').summary.text).toMatch(
      /^Under the measure's own reading, spouses and children under 21: 18\d million \(1\d\d–1\d\d million\): too high \(1\.\d×\)\./,
    );
  });

  it('reads the same numbers as npm run estimate on the same preset', () => {
    const preset = PRESETS.find((scenario) => scenario.id === 'visa-rule-2020')!;
    const [scope] = estimateReach(resolveScenario(preset)).scopes;
    const check = byId('nyt-roughly-270-million');
    const defined = check.readings.find((r) => r.readingId === 'spouse-children-under-21')!;
    expect(defined.modelled).toEqual({
      median: scope!.peopleReached.median,
      p05: scope!.peopleReached.p05,
      p95: scope!.peopleReached.p95,
    });
    expect(check.tested).toMatchObject({ scenarioId: 'visa-rule-2020', inline: false, seed: preset.seed });
  });

  it('computes the countries verdict: 16 countries are larger than the 2019 membership', () => {
    const check = byId('lohman-bigger-than-most-countries');
    expect(check.readings[0]!.modelled).toEqual({ median: 16, p05: 16, p95: 16 });
    expect(check.unit).toBe('countries');
  });

  it('tests "nearly one billion" on the inline end-2023 count', () => {
    const check = byId('epoch-times-nearly-one-billion-members');
    expect(check.tested).toMatchObject({ inline: true, scenarioId: 'party-members-2023', year: 2023 });
    expect(check.readings[0]!.modelled.median).toBe(99_185_000);
    expect(check.readings[0]!.verdict.factor).toBeCloseTo(9e8 / 99_185_000, 9);
  });

  it('estimates each scenario once and takes --samples and --seed over every scenario', () => {
    const a = checkClaims(FILE, PRESETS, { samples: 300, seed: 7 });
    const b = checkClaims(FILE, PRESETS, { samples: 300, seed: 7 });
    expect(a).toEqual(b);
    for (const check of a) expect(check.tested).toMatchObject({ samples: 300, seed: 7 });
  });

  it('throws on a claim naming a preset that is not given (claimReferenceProblems catches it first)', () => {
    const file = { ...FILE, claims: [{ ...FILE.claims[0]!, test: { scenarioId: 'nowhere', scopeIds: ['x'] } }] };
    expect(claimReferenceProblems(file, PRESETS)).toEqual([
      { path: 'claims[0].test.scenarioId', message: expect.stringMatching(/"nowhere" is not a preset scenario/) },
    ]);
    expect(() => checkClaims(file, PRESETS)).toThrow(/nowhere/);
  });

  it('reports a scope that is not in the preset', () => {
    const file = {
      ...FILE,
      claims: [{ ...FILE.claims[0]!, test: { scenarioId: 'visa-rule-2020', scopeIds: ['everyone'] } }],
    };
    expect(claimReferenceProblems(file, PRESETS)).toEqual([
      {
        path: 'claims[0].test.scopeIds[0]',
        message: expect.stringMatching(/"everyone" is not a scope of visa-rule-2020/),
      },
    ]);
  });
});

describe('summarize on constructed readings', () => {
  // Three nested readings of a share, with made-up intervals: 10% (9-11), 20% (18-22), 40% (36-44).
  const intervals: [string, Interval][] = [
    ['narrow', { median: 0.1, p05: 0.09, p95: 0.11 }],
    ['middle', { median: 0.2, p05: 0.18, p95: 0.22 }],
    ['wide', { median: 0.4, p05: 0.36, p95: 0.44 }],
  ];
  const against = (low: number, high: number): ReadingVerdict[] =>
    intervals.map(([id, modelled]) => ({
      scopeId: 's',
      scopeLabel: 'S',
      readingId: id,
      readingLabel: id[0]!.toUpperCase() + id.slice(1),
      modelled,
      verdict: verdict({ low, high }, modelled, { subject: id, unit: 'share' }),
    }));

  it('"up to a fifth" (18.3-20%) matches only the middle reading', () => {
    const summary = summarize(against(11 / 60, 0.2), 'share');
    expect(summary.kind).toBe('depends-on-reading');
    expect(summary.supportedBy).toEqual(['Middle']);
    expect(summary.text).toBe(
      'Depends on who counts: it matches middle: 20.0% (18.0–22.0%). Too high for one reading, narrow: 10.0% (9.00–11.0%). Too low for one reading, wide: 40.0% (36.0–44.0%).',
    );
  });

  it('"nearly 10 percent" (9-10%) matches the narrow reading, and is too low for the others', () => {
    const summary = summarize(against(0.09, 0.1), 'share');
    expect(summary.supportedBy).toEqual(['Narrow']);
    expect(summary.text).toMatch(/Too low for 2 readings; the nearest is middle: 20\.0%/);
  });

  it('a claim between two readings is supported by neither, and says which two', () => {
    const summary = summarize(against(0.28, 0.3), 'share');
    expect(summary.kind).toBe('not-supported');
    expect(summary.text).toMatch(/^No reading gives it: it lies between middle: 20\.0% .*, and wide: 40\.0%/);
  });

  it('a claim above every reading says so, naming the widest', () => {
    expect(summarize(against(0.6, 0.7), 'share').text).toMatch(
      /^Too high under every reading: even the widest, wide: 40\.0%/,
    );
  });

  it('a range spanning every reading is supported under all of them', () => {
    const summary = summarize(against(0.05, 0.5), 'share');
    expect(summary.kind).toBe('supported');
    expect(summary.supportedBy).toEqual(['Narrow', 'Middle', 'Wide']);
  });

  it('leads with the reading the measure defines, and names another that matches', () => {
    const summary = summarize(against(0.38, 0.42), 'share', 'middle');
    expect(summary.kind).toBe('too-high');
    expect(summary.text).toBe(
      "Under the measure's own reading, middle: 20.0% (18.0–22.0%): too high (1.9×). It matches the reading wide: 40.0% (36.0–44.0%).",
    );
  });
});
