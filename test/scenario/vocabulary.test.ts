import { describe, expect, it } from 'vitest';
import { INSTRUMENT_CODES, RELATION_CODES } from '../../src/link/shortCodes';
import { RELATION_TYPES } from '../../src/model/relationType';
import { parseScenario } from '../../src/scenario/parseScenario';
import { INSTRUMENT_KINDS, TEXT_LIMITS } from '../../src/scenario/scenario';
import { loadPreset } from '../helpers/presets';

// The words a scenario is made of are declared once (INSTRUMENT_KINDS, RELATION_TYPES,
// TEXT_LIMITS); these check that the schema and the link read those declarations, not copies.

const ladder = loadPreset('scope-ladder.json');
const scope = ladder.scopes[0]!;

describe('one vocabulary', () => {
  it('the schema takes exactly the declared measure kinds, and the link has a code for each', () => {
    for (const kind of INSTRUMENT_KINDS) {
      const parsed = parseScenario({
        ...ladder,
        scopes: [
          {
            ...scope,
            instruments: [{ kind, exposurePerYear: { low: 0.1, mode: 0.2, high: 0.3, rationale: 'A test range.' } }],
          },
        ],
      });
      expect(parsed.ok, kind).toBe(true);
      expect(INSTRUMENT_CODES.fromCode(INSTRUMENT_CODES.toCode(kind))).toBe(kind);
      expect(INSTRUMENT_CODES.toCode(kind)).not.toBe(kind);
    }
    const unknown = parseScenario({
      ...ladder,
      scopes: [{ ...scope, instruments: [{ kind: 'travelBan', exposurePerYear: { low: 0, mode: 0, high: 0 } }] }],
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems[0]!.message).toBe('instrument kind must be "visaBan" or "assetBlock"');
  });

  it('the link has a code for every declared relation type', () => {
    for (const type of RELATION_TYPES) expect(RELATION_CODES.fromCode(RELATION_CODES.toCode(type))).toBe(type);
  });

  it.each([
    ['title', (text: string) => ({ ...ladder, title: text }), TEXT_LIMITS.title],
    ['label', (text: string) => ({ ...ladder, scopes: [{ ...scope, label: text }] }), TEXT_LIMITS.label],
  ] as const)('the schema takes a %s of the declared length, and refuses one character more', (_, withText, limit) => {
    expect(parseScenario(withText('x'.repeat(limit))).ok).toBe(true);
    expect(parseScenario(withText('x'.repeat(limit + 1))).ok).toBe(false);
  });
});
