import { describe, expect, it } from 'vitest';
import { assumptionsTable } from '../../src/report/assumptionsTable';
import { DEMOGRAPHIC_KEYS } from '../../src/model/demographicParameters';
import { demographicRanges } from '../../src/scenario/resolveScenario';
import { PRESETS } from '../helpers/linkArbitraries';

const ladder = PRESETS.find((preset) => preset.id === 'scope-ladder')!;

describe('assumptionsTable', () => {
  const table = assumptionsTable(ladder, demographicRanges(ladder));

  it('has a row per scope, in order, with each of its own assumptions in words', () => {
    expect(table.scopes.map((row) => row.label)).toEqual(ladder.scopes.map((scope) => scope.label));
    expect(table.scopes[0]).toEqual({
      label: 'Named officials (Global Magnitsky, July 2020)',
      year: '2020',
      legalTest: '100%',
      waived: '0%',
      measures: ['Asset block 5% (1%–20%)'],
      relatives: 'None',
    });
    expect(table.scopes.at(-1)).toMatchObject({
      measures: ['Visa ban 0.15% (0.05%–0.4%)'],
      relatives: 'Spouse, Children under 18, Children aged 18-20',
    });
  });

  it.each([
    [{ low: 0.6, mode: 0.6, high: 0.6 }, '60%'],
    [{ low: 0.4, mode: 0.6, high: 0.8 }, '60% (40%–80%)'],
  ])('gives an exact share alone and an uncertain one with its range: %o', (conductShare, text) => {
    const scope = { ...ladder.scopes[0]!, conductShare: { ...conductShare, rationale: 'x' }, instruments: [] };
    const [row] = assumptionsTable({ ...ladder, scopes: [scope] }, demographicRanges(ladder)).scopes;
    expect(row!.legalTest).toBe(text);
    expect(row!.measures).toEqual([]);
  });

  it('lists every input of the kinship model, in its unit', () => {
    expect(table.demographic).toHaveLength(DEMOGRAPHIC_KEYS.length);
    expect(table.demographic).toContainEqual({ label: 'Married share, members aged 31-60', value: '90% (85%–94%)' });
    expect(table.demographic).toContainEqual({
      label: "Average parent's age at a child's birth",
      value: '27 years (25–30 years)',
    });
  });
});
