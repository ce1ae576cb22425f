import { describe, expect, it } from 'vitest';
import { BUDGETS, type Budget, type FigureKey } from '../../bench/budgets';
import { checkBudgets, failures, formatFigure, formatVerdicts } from '../../bench/checkBudgets';

const budget = (over: Partial<Budget> = {}): Budget => ({
  label: 'x',
  unit: 'B',
  direction: 'at-most',
  limit: 100,
  deterministic: true,
  ...over,
});

// One made-up budget set, keyed like the real one, so each case names only what it tests.
function only(key: FigureKey, b: Budget): Record<FigureKey, Budget> {
  return { [key]: b } as Record<FigureKey, Budget>;
}

describe('checkBudgets', () => {
  it.each([
    { name: 'under an at-most budget', b: budget(), value: 99, status: 'met' },
    { name: 'exactly at an at-most budget', b: budget(), value: 100, status: 'met' },
    { name: 'one over an at-most budget', b: budget(), value: 101, status: 'over' },
    {
      name: 'over a known miss, within its ceiling',
      b: budget({ unmet: { ceilingNow: 150, why: 'w' } }),
      value: 150,
      status: 'known-miss',
    },
    {
      name: 'over a known miss’s ceiling',
      b: budget({ unmet: { ceilingNow: 150, why: 'w' } }),
      value: 151,
      status: 'over',
    },
    {
      name: 'a known miss that is now met',
      b: budget({ unmet: { ceilingNow: 150, why: 'w' } }),
      value: 90,
      status: 'met',
    },
    {
      name: 'a score at an at-least budget',
      b: budget({ direction: 'at-least', limit: 98 }),
      value: 98,
      status: 'met',
    },
    {
      name: 'a score under an at-least budget',
      b: budget({ direction: 'at-least', limit: 98 }),
      value: 97,
      status: 'over',
    },
    { name: 'NaN', b: budget(), value: Number.NaN, status: 'over' },
    { name: 'infinity', b: budget({ direction: 'at-least' }), value: Infinity, status: 'over' },
    { name: 'nothing measured', b: budget(), value: undefined, status: 'not-measured' },
  ] as const)('$name: $status', ({ b, value, status }) => {
    const [verdict] = checkBudgets(value === undefined ? {} : { appJsBytes: value }, only('appJsBytes', b));
    expect(verdict!.status).toBe(status);
  });

  it('fails when a real deterministic budget is exceeded: a link one character over', () => {
    const limit = BUDGETS.ladderLinkChars.limit;
    const verdicts = checkBudgets({ ladderLinkChars: limit + 1 }, BUDGETS, (b) => b.deterministic);
    expect(failures(verdicts).map((v) => v.key)).toEqual(['ladderLinkChars']);
    expect(formatVerdicts(verdicts)).toMatch(
      /Share link for the ladder after one edit\s+300\s+budget ≤ 299\s+OVER BUDGET/,
    );
  });

  it('fails the app’s JS bytes just over today’s ceiling, and axe at one violation', () => {
    const ceiling = BUDGETS.appJsBytes.unmet.ceilingNow;
    const verdicts = checkBudgets({ appJsBytes: ceiling + 1, axeViolations: 1, externalRequests: 0 });
    expect(failures(verdicts).map((v) => v.key)).toEqual(['appJsBytes', 'axeViolations']);
  });

  it('judges only the budgets asked for', () => {
    const verdicts = checkBudgets({ estimatorMedianMs: 1000 }, BUDGETS, (b) => b.deterministic);
    expect(verdicts.some((v) => v.key === 'estimatorMedianMs')).toBe(false);
    expect(failures(verdicts)).toEqual([]);
  });

  it('keeps timings and scores out of the test command: none is deterministic', () => {
    for (const key of ['estimatorMedianMs', 'editToChartMedianMs', 'appLighthouseScore', 'appLcpMs'] as const)
      expect(BUDGETS[key].deterministic).toBe(false);
  });

  it.each([
    [61_440, 'B', '60.0 KB'],
    [12.345, 'ms', '12.3 ms'],
    [1234.5, 'ms', '1235 ms'],
    [0, 'shift', '0.000'],
    [98.4, 'score', '98'],
    [undefined, 'count', '–'],
  ] as const)('formats %s %s as %s', (value, unit, text) => {
    expect(formatFigure(value, unit)).toBe(text);
  });
});
