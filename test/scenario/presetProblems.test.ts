import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../src/scenario/presetProblems';
import { PRESET_FILES, SCENARIOS_DIR } from '../helpers/presets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const raw = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(SCENARIOS_DIR, file), 'utf8'));
const files = () => Object.fromEntries(PRESET_FILES.map((file) => [file, raw(file)]));

describe('presetProblems', () => {
  it('finds nothing wrong with the shipped presets: the page can use them without the parser', () => {
    expect(presetProblems(files())).toEqual([]);
  });

  it.each([
    {
      name: 'a file that is not a scenario',
      change: (f: Record<string, unknown>) => ({
        ...f,
        'broken.json': { format: 'sanction-scope/scenario', version: 9 },
      }),
      expected: /^broken\.json: version: version must be 1/,
    },
    {
      name: 'a default left out',
      change: (f: Record<string, unknown>) => {
        const { assumptions: _, ...ladder } = f['scope-ladder.json'] as Record<string, unknown>;
        return { ...f, 'scope-ladder.json': ladder };
      },
      expected: /^scope-ladder\.json: write it as the parser reads it/,
    },
    {
      name: 'a file named for another id',
      change: (f: Record<string, unknown>) => ({ ...f, 'ladder-copy.json': f['scope-ladder.json'] }),
      expected: /^ladder-copy\.json: the file must be named for the scenario's id \(scope-ladder\.json\)/,
    },
  ])('reports $name', ({ change, expected }) => {
    const problems = presetProblems(change(files()));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('reports an id used twice', () => {
    const f = files();
    const copy = { ...(f['scope-ladder.json'] as object) };
    expect(presetProblems({ ...f, 'x/scope-ladder.json': copy })).toContain(
      'x/scope-ladder.json: the id scope-ladder is also used by scope-ladder.json',
    );
  });
});
