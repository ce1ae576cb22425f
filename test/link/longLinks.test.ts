import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/link/decodeLink';
import { encodeLink } from '../../src/link/encodeLink';
import { MAX_LINK_LENGTH, QUERY_FORM_MAX_CHARS, type LinkState } from '../../src/link/linkState';
import { freshScopeId } from '../../src/scenario/newScope';
import { MAX_SCOPES, type Scenario } from '../../src/scenario/scenario';
import { linkStateArb, PRESETS, withoutIds } from '../helpers/linkArbitraries';
import { chineseText } from '../helpers/realisticLinks';

/** Any run of CJK ideographs, 1 to `max` long. */
const chineseArb = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: min, maxLength: max })
    .map((codes) => String.fromCharCode(...codes));

/** A reachable state grown to twelve scopes, every name (and custom group name) `name(i)`. */
function twelveScopes(state: LinkState, name: (i: number) => string): LinkState {
  const scenario: Scenario = structuredClone(state.scenario);
  while (scenario.scopes.length < MAX_SCOPES) {
    const source = scenario.scopes[scenario.scopes.length - 1]!;
    const { description: _d, ...rest } = structuredClone(source);
    scenario.scopes.push({ ...rest, id: freshScopeId(scenario.scopes, source.id) });
  }
  scenario.scopes.forEach((scope, i) => {
    scope.label = name(i);
    if (scope.base.kind === 'custom') scope.base.groupLabel = name(i + 100);
  });
  return { ...state, scenario };
}

const ladderState = (): LinkState => ({
  scenario: structuredClone(PRESETS.find((p) => p.id === 'scope-ladder')!),
  presetId: 'scope-ladder',
  view: 'reach',
  shareBasis: 'population',
  shownReferenceIds: [],
  showClaims: true,
});

async function roundTrip(state: LinkState): Promise<string> {
  const link = encodeLink(state, PRESETS);
  expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  const decoded = await decodeLink(link, PRESETS);
  expect(decoded.problems).toEqual([]);
  expect(withoutIds(decoded.state)).toEqual(withoutIds(state));
  return link;
}

describe('long links', () => {
  it('twelve scopes with names of up to 200 Chinese characters read back exactly, never refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        linkStateArb,
        fc.array(chineseArb(1, 200), { minLength: 24, maxLength: 24 }),
        async (s, names) => {
          await roundTrip(twelveScopes(s, (i) => names[i % 24]!));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('at the longest, twelve 200-character Chinese names take the compact form, about 4 characters each', async () => {
    const state = twelveScopes(ladderState(), (i) => chineseText(200, i));
    const link = await roundTrip(state);
    expect(link).toContain('#');
    // 12 × 200 characters × 3 bytes × 4/3, plus the scopes' other fields.
    expect(link.length).toBeLessThan(12 * 200 * 4 + 2000);
    expect(link.length).toBeGreaterThan(QUERY_FORM_MAX_CHARS);
  });

  it.each([
    ['percent signs', '%'],
    ['separators', '_~'],
    ['Chinese', '中'],
    ['emoji', '🇨🇳'],
    ['mixed', '%中_~🇨🇳 '],
  ])('every text field at its longest, all %s, stays under the limit', async (_name, unit) => {
    const fill = (length: number) =>
      unit
        .repeat(Math.ceil(length / unit.length))
        .slice(0, length)
        .replace(/^ | $/g, 'x');
    const state = twelveScopes(ladderState(), () => fill(200));
    state.scenario.title = fill(200);
    state.scenario.description = fill(2000);
    for (const scope of state.scenario.scopes) {
      scope.description = fill(2000);
      scope.base = {
        kind: 'custom',
        groupLabel: fill(200),
        people: { low: 1, mode: 2, high: 3 },
        entities: 0,
        year: 2024,
        ageProfileId: 'party-members-2022',
      };
    }
    await roundTrip(state);
  });
});
