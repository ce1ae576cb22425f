import { BUDGETS, type Budget, type FigureKey } from './budgets';

/** Measured figures by budget key; a figure not measured in this run is absent. */
export type Figures = Partial<Record<FigureKey, number>>;

/**
 * - `met`: within the budget;
 * - `over`: over the budget: a failure;
 * - `not-measured`: no figure was given.
 */
export type BudgetStatus = 'met' | 'over' | 'not-measured';

export interface BudgetVerdict {
  key: FigureKey;
  budget: Budget;
  value: number | undefined;
  status: BudgetStatus;
}

const within = (value: number, { direction, limit }: Budget) =>
  direction === 'under' ? value < limit : direction === 'at-most' ? value <= limit : value >= limit;

/**
 * Each budget's verdict for the figures given, in the budgets' order.
 *
 * @param figures measured figures; a NaN or infinite figure counts as over budget, never as met
 * @param only which budgets to judge (default: all); the test command passes the deterministic ones
 */
export function checkBudgets(
  figures: Figures,
  budgets: Record<FigureKey, Budget> = BUDGETS,
  only: (budget: Budget) => boolean = () => true,
): BudgetVerdict[] {
  return (Object.entries(budgets) as [FigureKey, Budget][])
    .filter(([, budget]) => only(budget))
    .map(([key, budget]) => {
      const value = figures[key];
      if (value === undefined) return { key, budget, value, status: 'not-measured' };
      if (!Number.isFinite(value)) return { key, budget, value, status: 'over' };
      return { key, budget, value, status: within(value, budget) ? 'met' : 'over' };
    });
}

/** The verdicts that fail a run: over budget. */
export function failures(verdicts: readonly BudgetVerdict[]): BudgetVerdict[] {
  return verdicts.filter((verdict) => verdict.status === 'over');
}

/** A figure with its unit, as the table prints it: bytes in KB with one decimal. */
export function formatFigure(value: number | undefined, unit: Budget['unit']): string {
  if (value === undefined) return '–';
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case 'B':
      return `${(value / 1024).toFixed(1)} KB`;
    case 'ms':
      return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
    case 'shift':
      return value.toFixed(3);
    default:
      return String(Math.round(value));
  }
}

/** One line per verdict: the figure, the budget and whether it is met. */
export function formatVerdicts(verdicts: readonly BudgetVerdict[]): string {
  const labelWidth = Math.max(...verdicts.map((v) => v.budget.label.length));
  return verdicts
    .map(({ budget, value, status }) => {
      const sign = { under: '<', 'at-most': '≤', 'at-least': '≥' }[budget.direction];
      const limit = `${sign} ${formatFigure(budget.limit, budget.unit)}`;
      const word = {
        met: 'met',
        // A timing or score over budget fails nothing: it varies from run to run.
        over: budget.deterministic ? 'OVER BUDGET' : 'NOT MET',
        'not-measured': 'not measured',
      }[status];
      return `${budget.label.padEnd(labelWidth)}  ${formatFigure(value, budget.unit).padStart(9)}  budget ${limit.padEnd(11)}  ${word}`;
    })
    .join('\n');
}
