import { describe, expect, it } from 'vitest';
import { findingPair } from '../../src/model/findingPair';

const IDS = ['a', 'b', 'c'];

describe('findingPair', () => {
  it.each([
    ['the preferred pair, when both are there', [5, 50, 500], { focusId: 'a', baseId: 'c' }, { focus: 0, base: 2 }],
    ['largest against smallest, without one', [5, 50, 500], undefined, { focus: 2, base: 0 }],
    [
      'largest against smallest, when one is missing',
      [5, 50, 500],
      { focusId: 'x', baseId: 'a' },
      { focus: 2, base: 0 },
    ],
    ['the smallest above zero', [0, 50, 500], undefined, { focus: 2, base: 1 }],
    ['of equal reaches, the earlier is the larger', [7, 7, 7], undefined, { focus: 0, base: 2 }],
    ['no base when nothing else is above zero', [0, 0, 9], undefined, { focus: 2 }],
  ])('%s', (_, medians, preferred, pair) => {
    expect(findingPair(IDS, medians, preferred)).toEqual(pair);
  });

  it('has no base for a single scope', () => {
    expect(findingPair(['a'], [10])).toEqual({ focus: 0 });
  });
});
