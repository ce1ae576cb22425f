import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileStem } from '../../src/app/fileStem';

const LADDER = 'The scope ladder: from four named officials to all Party members and their families';

describe('fileStem', () => {
  it.each([
    // Cut at a word's end, not in the middle of "members".
    [LADDER, false, 'the-scope-ladder-from-four-named-officials-to-all-party'],
    // The marker survives the cut: a changed preset's files never take the published preset's name.
    [LADDER, true, 'the-scope-ladder-from-four-named-officials-to-all-modified'],
    ['STOP CCP Act (H.R. 3334, passed by the House, 2024)', false, 'stop-ccp-act-h-r-3334-passed-by-the-house-2024'],
    [
      'STOP CCP Act (H.R. 3334, passed by the House, 2024)',
      true,
      'stop-ccp-act-h-r-3334-passed-by-the-house-2024-modified',
    ],
    ['A changed title', false, 'a-changed-title'],
    // No ASCII word left: the product's name stands in.
    ['阶梯：从四名官员到全体党员及其家属', false, 'sanction-scope'],
    ['阶梯：从四名官员到全体党员及其家属', true, 'sanction-scope-modified'],
    // A cut that ends on a separator leaves no trailing hyphen; one word longer than the room is cut.
    [`${'a'.repeat(59)} b`, false, 'a'.repeat(59)],
    ['x'.repeat(70), true, `${'x'.repeat(51)}-modified`],
  ])('fileStem(%j, %s) is %j', (title, modified, expected) => {
    expect(fileStem(title, modified)).toBe(expected);
  });

  it('is at most 60 lower-case ASCII letters, digits and inner hyphens, and marks a change', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.boolean(), (title, modified) => {
        const stem = fileStem(title, modified);
        expect(stem.length).toBeLessThanOrEqual(60);
        expect(stem).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        if (modified) expect(stem.endsWith('-modified')).toBe(true);
        // A title that says "modified" itself could be cut to the marked stem; no preset's does.
        if (!/modified/i.test(title)) expect(fileStem(title, true)).not.toBe(fileStem(title, false));
      }),
    );
  });
});
