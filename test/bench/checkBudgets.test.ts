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
    { name: 'under an under budget', b: budget({ direction: 'under' }), value: 99, status: 'met' },
    { name: 'exactly at an under budget', b: budget({ direction: 'under' }), value: 100, status: 'over' },
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

  it('fails when a real deterministic budget is exceeded: a link of 300 characters', () => {
    const verdicts = checkBudgets({ ladderLinkChars: 300 }, BUDGETS, (b) => b.deterministic);
    expect(failures(verdicts).map((v) => v.key)).toEqual(['ladderLinkChars']);
    expect(formatVerdicts(verdicts)).toMatch(
      /Share link for the ladder after one edit\s+300\s+budget < 300\s+OVER BUDGET/,
    );
  });

  it('fails each page’s JS at its budget (the issue says under), and axe at one violation', () => {
    const verdicts = checkBudgets(
      {
        appJsBytes: BUDGETS.appJsBytes.limit,
        appLiveJsBytes: BUDGETS.appLiveJsBytes.limit,
        embedJsBytes: BUDGETS.embedJsBytes.limit,
        axeViolations: 1,
        externalRequests: 0,
      },
      BUDGETS,
      (b) => b.deterministic,
    );
    expect(failures(verdicts).map((v) => v.key)).toEqual([
      'appJsBytes',
      'appLiveJsBytes',
      'embedJsBytes',
      'axeViolations',
    ]);
    expect(formatVerdicts(verdicts)).toMatch(
      /App page: JS loaded with the page \(gzipped\)\s+4\.0 KB\s+budget < 4\.0 KB\s+OVER BUDGET/,
    );
    expect(formatVerdicts(verdicts)).toMatch(/first use.*\s+60\.0 KB\s+budget < 60\.0 KB\s+OVER BUDGET/);
  });

  it('passes each page’s JS one byte under its budget', () => {
    const verdicts = checkBudgets({
      appJsBytes: BUDGETS.appJsBytes.limit - 1,
      appLiveJsBytes: BUDGETS.appLiveJsBytes.limit - 1,
      embedJsBytes: BUDGETS.embedJsBytes.limit - 1,
    });
    expect(failures(verdicts)).toEqual([]);
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
