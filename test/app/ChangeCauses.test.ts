// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ChangeCauses from '../../src/app/ChangeCauses.svelte';
import { makeScopeRecord } from '../charts/makeScopeRecord';

const results = [
  makeScopeRecord('a', 'Alpha', 4, [4, 4, 4]),
  makeScopeRecord('b', 'Beta', 376, [3120, 2860, 3400]),
  makeScopeRecord('c', 'Gamma', 92e6, [180e6, 168e6, 192e6]),
];
const items = () => screen.queryAllByRole('listitem').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

describe('ChangeCauses', () => {
  it('lists each scope whose number moved, by how much from the preset, and the edits that can move it', () => {
    render(ChangeCauses, {
      results,
      origins: new Map([
        ['a', 4],
        ['b', 3686],
        ['c', 194e6],
      ]),
      causes: { a: [], b: ['siblings added to the scope', 'seed 7'], c: [] },
    });
    expect(items()).toEqual([
      'Beta: −566 on the preset’s 3,690, after: siblings added to the scope; seed 7',
      // No edit named (an edit elsewhere can move it too, through a shared assumption): the change alone.
      'Gamma: −14 million on the preset’s 194 million',
    ]);
  });

  it('shows nothing while no number moved', () => {
    render(ChangeCauses, { results, origins: new Map([['b', 3120]]), causes: {} });
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('counts the moved scopes beyond three', () => {
    const many = Array.from({ length: 5 }, (_, i) => makeScopeRecord(`s${i}`, `Scope ${i}`, 10, [20, 20, 20]));
    render(ChangeCauses, { results: many, origins: new Map(many.map((r) => [r.id, 10])), causes: {} });
    expect(items()).toHaveLength(4);
    expect(items()[3]).toMatch(/^and 2 more scopes moved/);
  });
});
