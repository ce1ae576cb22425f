import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, linkPresetId } from '../../src/link/decodeLink';
import { encodeLink } from '../../src/link/encodeLink';
import { linkChecksum } from '../../src/link/linkChecksum';
import { migrateLink } from '../../src/link/linkMigrations';
import { formatLinkNumber, parseLinkNumber, parsePairs } from '../../src/link/linkText';
import { parseScenario } from '../../src/scenario/parseScenario';
import { READER_RATIONALE } from '../../src/scenario/scenario';
import { linkStateArb, PRESETS, rangeNotes, withoutIds } from '../helpers/linkArbitraries';
import { signed } from '../helpers/signedLink';

const ladder = PRESETS.find((p) => p.id === 'scope-ladder')!;
const ladderState = () => ({
  scenario: structuredClone(ladder),
  presetId: 'scope-ladder',
  view: 'reach' as const,
  shareBasis: 'population' as const,
  // The four anchors shown by default: a link that keeps them need not name them.
  shownReferenceIds: ['china', 'us-population-2024', 'hong-kong-population-2024', 'people-designated'],
  showClaims: true,
});

describe('encodeLink', () => {
  it('writes an unedited preset as its name alone, then its check code', () => {
    expect(encodeLink(ladderState(), PRESETS)).toMatch(/^v=2&p=scope-ladder&cv=20261126&k=[0-9a-z]{7}$/);
  });

  it('writes one edit as one short, readable field', () => {
    const state = ladderState();
    state.scenario.scopes[6]!.conductShare = { low: 0.5, mode: 0.8, high: 1, rationale: 'x' };
    const link = encodeLink(state, PRESETS);
    expect(link).toMatch(/^v=2&p=scope-ladder&ns=7&s=0&s=1&s=2&s=3&s=4&s=5&s=6_c~0.5-0.8-1&cv=20261126&k=\w{7}$/);
    expect(link.length).toBeLessThan(300);
  });

  it('uses no character that chat apps rewrite, and ends in a letter or digit', () => {
    fc.assert(
      fc.property(linkStateArb, (state) => {
        const link = encodeLink(state, PRESETS);
        expect(link).toMatch(/^[A-Za-z0-9\-._~%&=+]*(#[A-Za-z0-9_-]+)?$/);
        expect(link).toMatch(/[A-Za-z0-9]$/);
      }),
      { numRuns: 300 },
    );
  });

  it('signs what it writes: the check code covers every pair before it', () => {
    const { pairs } = parsePairs(encodeLink(ladderState(), PRESETS));
    expect(pairs.at(-1)).toEqual(['k', linkChecksum(pairs.slice(0, -1))]);
  });
});

describe('encodeLink then decodeLink', () => {
  it('returns the same state for thousands of random reachable states', async () => {
    await fc.assert(
      fc.asyncProperty(linkStateArb, async (state) => {
        const decoded = await decodeLink(encodeLink(state, PRESETS), PRESETS);
        expect(decoded.problems).toEqual([]);
        expect(withoutIds(decoded.state)).toEqual(withoutIds(state));
        expect(rangeNotes(decoded.state)).toHaveLength(rangeNotes(state).length);
        expect(parseScenario(decoded.state.scenario).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('keeps the reasons and sources of every range the link did not change', async () => {
    const state = ladderState();
    state.scenario.scopes[6]!.conductShare = { low: 0.5, mode: 0.8, high: 1, rationale: READER_RATIONALE };
    const copy = { ...structuredClone(state.scenario.scopes[6]!), id: 'all-members-families-1' };
    state.scenario.scopes.push(copy);
    const decoded = await decodeLink(encodeLink(state, PRESETS), PRESETS);
    expect(decoded.state.scenario).toEqual(state.scenario);
    expect(decoded.defaults.get('all-members-families-1')?.conductShare).toEqual(ladder.scopes[6]!.conductShare);
  });

  it('keeps plain decimals exact', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2e9, noNaN: true }), (x) => {
        expect(parseLinkNumber(formatLinkNumber(x))).toBe(x);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe('decodeLink on bad links', () => {
  const good = () => {
    const state = ladderState();
    state.scenario.scopes[6]!.conductShare = { low: 0.5, mode: 0.8, high: 1, rationale: 'x' };
    state.scenario.scopes[4]!.label = 'CC & family';
    return encodeLink(state, PRESETS);
  };

  it.each(
    (
      [
        ['', 0, /./],
        ['v=2&p=no-such-preset', 1, /preset \(“no-such-preset”\) that this version does not have/],
        ['v=9&p=stop-ccp-act', 1, /newer version of Sanction Scope \(link format 9\)/],
        ['v=x&p=stop-ccp-act', 1, /unreadable format version/],
        ['v=2&p=scope-ladder&seed=-3', 1, /seed in this link was unreadable; the preset's seed \(2026\) is used/],
        ['v=2&p=scope-ladder&n=1e9', 1, /number of draws/],
        ['v=2&p=scope-ladder&a=rho~0.2-1-2', 1, /assumption “rho” in this link was unreadable/],
        ['v=2&p=scope-ladder&a=zzz~1', 1, /unknown assumption/],
        ['v=2&p=scope-ladder&s=0&s=9', 1, /Scope 2 in this link refers to a scope the preset does not have/],
        ['v=2&p=scope-ladder&s=0_c~1.5', 1, /share meeting the legal test of scope 1 .* was unreadable/],
        ['v=2&p=scope-ladder&s=0_f~sp.cousin', 1, /family rule of scope 1/],
        [
          'v=2&p=scope-ladder&s=3_gr~cc20_yr~2015',
          1,
          /could not be used \(.*no size for 2015.*\); the preset's version is shown instead/,
        ],
        ['v=2&p=scope-ladder&view=pie', 1, /chart chosen in this link was unreadable/],
        ['v=2&p=scope-ladder&ref=cn.zz', 1, /reference lines named in this link are unknown/],
        ['v=2&p=scope-ladder&claims=some', 1, /claims setting in this link was unreadable; the claims .* are shown/],
        ['v=2&p=scope-ladder&hack=1', 1, /Unknown parts of this link were ignored: “hack”/],
        ['v=2&p=scope-ladder&cv=2020', 1, /figures-catalogue version in this link is unreadable/],
        ['v=2&p=scope-ladder&' + 'x'.repeat(400_000), 1, /more than a link can be/],
        ['v=2&p=scope-ladder&n=10', 1, /asks for 10 draws; 1,000 are used/],
        ['v=2&p=scope-ladder&s=', 2, /Scope 1 in this link is empty; it was left out/],
        ['v=2&p=scope-ladder&t=A&t=B', 1, /gives “t” more than once; the first is used/],
        ['v=2&p=scope-ladder&ns=1&s=0_l~A_l~B', 1, /gives “l” more than once in scope 1; the first is used/],
        ['v=2&p=scope-ladder&a=m2~0.8_m2~0.9', 1, /gives “m2” more than once in its assumptions/],
        ['v=2&p=scope-ladder&ns=3&s=0', 1, /says it has 3 scopes but lists 1/],
      ] as const
    ).map(
      ([query, count, message]) =>
        [query === '' || query.length > 1e5 ? query : signed(query), count, message] as const,
    ),
  )('%s gives %i problem(s) in plain words', async (query, count, message) => {
    const decoded = await decodeLink(query, PRESETS);
    expect(decoded.problems).toHaveLength(count);
    if (count > 0) expect(decoded.problems[0]).toMatch(message);
    expect(parseScenario(decoded.state.scenario).ok).toBe(true);
  });

  it('keeps every valid part of a tampered link, and says it was changed', async () => {
    const tampered = good().replace('c~0.5-0.8-1', 'c~0.5-0.8-7');
    const decoded = await decodeLink(tampered, PRESETS);
    expect(decoded.problems).toHaveLength(2);
    expect(decoded.problems[0]).toMatch(/does not match its check code/);
    expect(decoded.state.scenario.scopes[4]!.label).toBe('CC & family'); // the valid edit survives
    expect(decoded.state.scenario.scopes[6]!.conductShare).toEqual(ladder.scopes[6]!.conductShare);
  });

  it('reports a link made with another figures catalogue', async () => {
    const decoded = await decodeLink('v=1&p=scope-ladder&cv=20250101', PRESETS);
    expect(decoded.olderCatalogue).toBe('2025-01-01');
    expect(decoded.problems).toEqual([]);
  });

  it('treats script payloads in text fields as text', async () => {
    const decoded = await decodeLink(
      signed(`v=2&p=scope-ladder&t=${encodeURIComponent('<img src=x onerror=alert(1)>')}`),
      PRESETS,
    );
    expect(decoded.state.scenario.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws on 10,000 random and mutated links', async () => {
    const seeds = [
      good(),
      'v=1&p=stop-ccp-act&s=0_l~x&s=1',
      'v=1&p=scope-ladder&a=rho~1-2-3_m2~0.8-0.85-0.9&ref=cn.us',
    ];
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 6 }))
      .map(([link, at, cut, insert]) => {
        const i = at % (link.length + 1);
        return link.slice(0, i) + insert + link.slice(i + cut);
      });
    const random = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
    const truncated = fc
      .tuple(fc.constantFrom(...seeds), fc.nat())
      .map(([link, at]) => link.slice(0, at % link.length));
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, random, truncated), async (query) => {
        count++;
        const decoded = await decodeLink(query, PRESETS);
        expect(parseScenario(decoded.state.scenario).ok).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    expect(count).toBe(10_000);
  }, 30_000);
});

describe('linkPresetId', () => {
  it.each([
    ['?v=1&p=stop-ccp-act&s=0', 'stop-ccp-act'],
    ['v=1&p=scope-ladder', 'scope-ladder'],
    ['v=1&t=Mine', null],
    ['', null],
  ])('%s names %s', (query, id) => {
    expect(linkPresetId(query)).toBe(id);
  });
});

describe('migrateLink', () => {
  it('applies the steps after the link version in order, and none for a current link', () => {
    const steps = [
      (p: URLSearchParams) => new URLSearchParams(p.toString().replace('old=1', 'mid=1')),
      (p: URLSearchParams) => new URLSearchParams(p.toString().replace('mid=1', 'new=1')),
    ];
    expect(migrateLink(new URLSearchParams('v=1&old=1'), 1, steps).toString()).toBe('v=3&new=1');
    expect(migrateLink(new URLSearchParams('v=2&mid=1'), 2, steps).toString()).toBe('v=3&new=1');
    expect(migrateLink(new URLSearchParams('v=3&new=1'), 3, steps).toString()).toBe('v=3&new=1');
    // 1 -> 2 only added fields; every other field reads as it did.
    expect(migrateLink(new URLSearchParams('v=1&x=1'), 1).toString()).toBe('v=2&x=1');
    expect(migrateLink(new URLSearchParams('v=2&x=1'), 2).toString()).toBe('v=2&x=1');
  });
});
