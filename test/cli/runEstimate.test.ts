import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/cli/runEstimate';
import type { EstimateRecord } from '../../src/report/estimateRecord';
import { PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';

const read = (path: string) => readFileSync(path, 'utf8');
const presetJson = (file: string, ...flags: string[]): EstimateRecord => {
  const outcome = runEstimate([join(SCENARIOS_DIR, file), '--json', ...flags], read);
  expect(outcome.stderr).toBe('');
  expect(outcome.exitCode).toBe(0);
  return JSON.parse(outcome.stdout) as EstimateRecord;
};

describe('estimate --json on every preset', () => {
  it.each(PRESET_FILES)('%s: every result is ordered, overlap-aware <= naive, reach <= population', (file) => {
    const record = presetJson(file);
    expect(record.scenario.id).toBe(file.replace('.json', ''));
    expect(record.results.length).toBeGreaterThan(0);
    for (const r of record.results) {
      for (const key of ['id', 'label', 'core', 'entities', 'reach', 'shareOfPopulation'] as const)
        expect(r).toHaveProperty(key);
      expect(r.reach.p05).toBeLessThanOrEqual(r.reach.median);
      expect(r.reach.median).toBeLessThanOrEqual(r.reach.p95);
      expect(r.reach.median).toBeLessThanOrEqual(r.reach.naive);
      expect(r.reach.p95).toBeLessThanOrEqual(r.naiveReach.p95);
      expect(r.reach.p95).toBeLessThanOrEqual(r.population);
      expect(r.shareOfPopulation.p05).toBeLessThanOrEqual(r.shareOfPopulation.median);
      expect(r.shareOfPopulation.median).toBeLessThanOrEqual(r.shareOfPopulation.p95);
      expect(r.shareOfPopulation.p95).toBeLessThanOrEqual(1);
    }
  });

  it('magnitsky-2020 reports 4 people and 1 entity', () => {
    const [result] = presetJson('magnitsky-2020.json').results;
    expect(result!.core).toBe(4);
    expect(result!.entities).toBe(1);
    expect(result!.reach).toEqual({ naive: 4, median: 4, p05: 4, p95: 4 });
  });

  it('scope-ladder rises from named officials to all members plus families', () => {
    const medians = presetJson('scope-ladder.json').results.map((r) => r.reach.median);
    expect(medians).toHaveLength(7);
    for (let i = 1; i < medians.length; i++) expect(medians[i]!).toBeGreaterThan(medians[i - 1]!);
  });

  it("visa-rule-2020 lands in the method notes' range for members, spouses and children under 21", () => {
    const [result] = presetJson('visa-rule-2020.json').results;
    // Method notes: about 175-200 million, which is 12.5-14.3% of 1,400 million; naive 200-280 million.
    expect(result!.reach.median).toBeGreaterThan(175e6);
    expect(result!.reach.median).toBeLessThan(200e6);
    expect(result!.shareOfPopulation.median).toBeGreaterThan(0.125);
    expect(result!.shareOfPopulation.median).toBeLessThan(0.143);
    expect(result!.reach.naive).toBeGreaterThan(200e6);
    expect(result!.reach.naive).toBeLessThan(280e6);
    // The "270 million" is above the whole 90% interval under the rule's own reading.
    expect(result!.reach.p95).toBeLessThan(270e6);
    // Every reading of "immediate family members" is in the record, and this one is chosen.
    expect(result!.family).toMatchObject({ term: 'immediate-family', chosenReading: 'spouse-children-under-21' });
    expect(result!.family!.readings).toHaveLength(6);
  });

  it('stop-ccp-act stays in the thousands: adult family of at most 376 members', () => {
    for (const result of presetJson('stop-ccp-act.json').results) {
      expect(result.reach.p95).toBeLessThan(376 * 12);
      expect(result.relativesPerMember.median).toBeGreaterThan(5);
    }
  });

  it('takes --samples and --seed over the file, and the same seed gives the same numbers', () => {
    const a = presetJson('visa-rule-2020.json', '--samples', '500', '--seed', '7');
    const b = presetJson('visa-rule-2020.json', '--samples', '500', '--seed', '7');
    const c = presetJson('visa-rule-2020.json', '--samples', '500', '--seed', '8');
    expect(a.scenario).toMatchObject({ samples: 500, seed: 7 });
    expect(a).toEqual(b);
    expect(c.results[0]!.reach.median).not.toBe(a.results[0]!.reach.median);
  });

  it('prints a readable table without --json', () => {
    const outcome = runEstimate([join(SCENARIOS_DIR, 'scope-ladder.json')], read);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('Reach: median (90% interval)');
    expect(outcome.stdout).toContain('100,271,000'); // an official count is shown in full
    expect(outcome.stdout).toMatch(/Central Committee and adult family .* 3,\d\d0 \(3,\d\d0–3,\d\d0\)/);
  });
});

describe('estimate on bad input', () => {
  it.each([
    [['missing.json'], /^missing\.json: file not found$/m],
    [[SCENARIOS_DIR], /is a folder/],
    [[], /no scenario file given/],
    [['a.json', 'b.json'], /one scenario file at a time/],
    [
      [join(SCENARIOS_DIR, 'scope-ladder.json'), '--samples', 'lots'],
      /--samples must be a whole number from 1 to 100000/,
    ],
    [[join(SCENARIOS_DIR, 'scope-ladder.json'), '--seed=-4'], /--seed must be a whole number/],
    [[join(SCENARIOS_DIR, 'scope-ladder.json'), '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('%j exits 2 with a one-line reason', (args, message) => {
    const outcome = runEstimate(args, read);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints one line per problem: file, field path, what is wrong', () => {
    const bad = JSON.stringify({ format: 'sanction-scope/scenario', version: 1, id: 'x', seed: 'one', scopes: [] });
    const outcome = runEstimate(['bad.json'], () => bad);
    expect(outcome.exitCode).toBe(2);
    const lines = outcome.stderr.trim().split('\n');
    expect(lines).toContain('bad.json: seed: seed must be a number');
    expect(lines).toContain('bad.json: scopes: a scenario needs at least one scope');
    for (const line of lines) expect(line).toMatch(/^bad\.json: [\w.[\]]+: .+/);
  });
});

describe('npm run estimate, as a process', () => {
  const root = resolve(import.meta.dirname, '../..');
  const tsx = join(root, 'node_modules/.bin/tsx');

  it('writes JSON on stdout and exits 0', () => {
    const stdout = execFileSync(tsx, ['src/cli/estimate.ts', 'scenarios/magnitsky-2020.json', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect((JSON.parse(stdout) as EstimateRecord).results[0]!.core).toBe(4);
  });

  it('exits 2 with the problem on stderr and no stack trace', () => {
    const run = spawnSync(tsx, ['src/cli/estimate.ts', 'no-such-file.json'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('no-such-file.json: file not found');
  });
});

describe('estimate --claims', () => {
  const CLAIMS = join(SCENARIOS_DIR, 'claims.json');
  interface ClaimsOutput {
    title: string;
    catalogueVersion: string;
    checks: { id: string; summary: { kind: string }; readings: { verdict: { kind: string } }[] }[];
  }
  const claimsJson = (...args: string[]): ClaimsOutput => {
    const outcome = runEstimate(['--claims', ...args, '--json'], read);
    expect(outcome.stderr).toBe('');
    expect(outcome.exitCode).toBe(0);
    return JSON.parse(outcome.stdout) as ClaimsOutput;
  };
  const claimsText = read(CLAIMS);
  /** Reads the real files, except the claims file at `bad.json`, which holds `text`. */
  const withClaims =
    (text: string) =>
    (path: string): string =>
      path === join(SCENARIOS_DIR, 'bad.json') ? text : read(path);

  it('gives every claim in the file a verdict', () => {
    const output = claimsJson(CLAIMS);
    const ids = (JSON.parse(claimsText) as { claims: { id: string }[] }).claims.map((claim) => claim.id);
    expect(output.checks.map((check) => check.id)).toEqual(ids);
    for (const check of output.checks) {
      expect(['supported', 'depends-on-reading', 'not-supported', 'too-high', 'too-low']).toContain(check.summary.kind);
      for (const reading of check.readings)
        expect(['supported', 'too-high', 'too-low']).toContain(reading.verdict.kind);
    }
  });

  it('reads scenarios/claims.json when no file is named', () => {
    const outcome = runEstimate(['--claims', '--json'], (path) => {
      expect(path.startsWith('scenarios/')).toBe(true);
      return read(join(SCENARIOS_DIR, '..', path));
    });
    expect(outcome.exitCode).toBe(0);
    expect((JSON.parse(outcome.stdout) as ClaimsOutput).checks.length).toBeGreaterThanOrEqual(7);
  });

  it('prints, for each claim, the words, how they were read, the verdict across readings and a line per reading', () => {
    const outcome = runEstimate(['--claims', CLAIMS], read);
    expect(outcome.exitCode).toBe(0);
    const block = outcome.stdout.split('\n\n').find((part) => part.includes('roughly 270 million'))!;
    const lines = block.split('\n');
    expect(lines[0]).toBe('“…affect the travel of roughly 270 million…” (Paul Mozur and Raymond Zhong, 2020-12-03)');
    expect(lines[1]).toMatch(/^ {2}Claimed: 265–275 million\. "About" 270 million: /);
    expect(lines[2]).toMatch(
      /^ {2}Verdict: TOO HIGH\. Under the measure's own reading, spouses and children under 21: 1\d\d million/,
    );
    expect(block).toMatch(
      /\n {3}\*Spouses and children under 21 +1\d\d million \(1\d\d–1\d\d million\) +too high \(1\.\d×\)\n/,
    );
    expect(block).toMatch(/\n {4}Spouses and children of any age +2\d\d million/);
  });

  it('takes --samples, --seed and --out', () => {
    const outcome = runEstimate(
      ['--claims', CLAIMS, '--json', '--samples', '200', '--seed', '3', '--out', 'c.json'],
      read,
    );
    expect(outcome).toMatchObject({ exitCode: 0, stdout: '', outFile: 'c.json' });
    const output = JSON.parse(outcome.output!) as { checks: { tested: { samples: number; seed: number } }[] };
    for (const check of output.checks) expect(check.tested).toMatchObject({ samples: 200, seed: 3 });
  });

  it.each([
    [['--claims', 'missing.json'], /^missing\.json: file not found$/m],
    [['--claims', SCENARIOS_DIR], /is a folder, not a claims file/],
    [['--claims', 'a.json', 'b.json'], /one claims file at a time/],
    [['--claims', CLAIMS, '--samples', '0'], /--samples must be a whole number/],
  ])('%j exits 2 with a one-line reason', (args, message) => {
    const outcome = runEstimate(args, read);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints one line per problem in a bad claims file: file, field path, what is wrong', () => {
    const bad = JSON.parse(claimsText) as { version: number; claims: Record<string, unknown>[] };
    bad.version = 3;
    bad.claims[0]!.quantity = 'households';
    delete bad.claims[1]!.who;
    const outcome = runEstimate(['--claims', join(SCENARIOS_DIR, 'bad.json')], withClaims(JSON.stringify(bad)));
    expect(outcome.exitCode).toBe(2);
    const lines = outcome.stderr
      .trim()
      .split('\n')
      .map((line) => line.replace(SCENARIOS_DIR, 'scenarios'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'scenarios/bad.json: version: version must be 2',
        expect.stringMatching(/^scenarios\/bad\.json: claims\[0\]\.quantity: quantity must be one of: /),
        'scenarios/bad.json: claims[1].who: who is required',
      ]),
    );
    for (const line of lines) expect(line).toMatch(/^scenarios\/bad\.json: [\w.[\]]+: .+/);
  });

  it('reports a preset that is not there and a scope that is not in its preset', () => {
    const bad = JSON.parse(claimsText) as { claims: { test: Record<string, unknown> }[] };
    bad.claims[0]!.test = { scenarioId: 'no-such-preset', scopeIds: ['members'] };
    bad.claims[1]!.test = { scenarioId: 'visa-rule-2020', scopeIds: ['everyone'] };
    const outcome = runEstimate(['--claims', join(SCENARIOS_DIR, 'bad.json')], withClaims(JSON.stringify(bad)));
    expect(outcome.exitCode).toBe(2);
    const lines = outcome.stderr
      .trim()
      .split('\n')
      .map((line) => line.replaceAll(SCENARIOS_DIR, 'scenarios'));
    expect(lines).toEqual([
      'scenarios/bad.json: claims[0].test.scenarioId: no preset "no-such-preset": scenarios/no-such-preset.json: file not found',
      expect.stringMatching(
        /^scenarios\/bad\.json: claims\[1\]\.test\.scopeIds\[0\]: "everyone" is not a scope of visa-rule-2020/,
      ),
    ]);
  });

  it('reports a scenario file given as claims by its format', () => {
    const outcome = runEstimate(['--claims', join(SCENARIOS_DIR, 'visa-rule-2020.json')], read);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/: format: format must be "sanction-scope\/claims"$/m);
  });

  it('runs as npm run estimate -- --claims', () => {
    const root = resolve(import.meta.dirname, '../..');
    const stdout = execFileSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/estimate.ts', '--claims', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect((JSON.parse(stdout) as ClaimsOutput).checks.length).toBeGreaterThanOrEqual(7);
  });
});
