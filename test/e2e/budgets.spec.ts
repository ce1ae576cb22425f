import { expect, test } from '@playwright/test';
import { runBrowserAudits } from '../../bench/browserAudits';
import { BUDGETS } from '../../bench/budgets';
import { checkBudgets, failures, formatVerdicts } from '../../bench/checkBudgets';

// The budgets measured in the browser that do not vary from run to run, checked with the same
// audit and checker as `npm run bench`: axe on the app (every tab with its disclosures open, both views, both widths),
// every dialog and the embed; requests leaving the origin; the ladder's link after one edit.
test('axe, requests and the share link stay within their budgets', async ({ browser, baseURL }) => {
  // 21 axe scans (every tab at two widths) and a typing measure: about 75 s alone, more on a busy machine.
  test.setTimeout(300_000);
  const audits = await runBrowserAudits(browser, `${baseURL}/`, 5);
  const verdicts = checkBudgets(
    {
      axeViolations: audits.axeScans.reduce((sum, scan) => sum + scan.violations.length, 0),
      externalRequests: audits.externalRequests.length,
      ladderLinkChars: audits.ladderLinkChars,
    },
    BUDGETS,
    (budget) => budget.deterministic && budget.unit !== 'B',
  );
  const detail = [
    formatVerdicts(verdicts),
    ...audits.axeScans.flatMap((scan) => scan.violations.map((v) => `${scan.what}: ${v}`)),
    ...audits.externalRequests,
  ].join('\n');
  expect(failures(verdicts), detail).toEqual([]);
  expect(verdicts.map((v) => v.status)).toEqual(['met', 'met', 'met']);
  // Every dialog was audited, at both widths.
  expect(audits.axeScans.filter((scan) => scan.what.includes('dialog'))).toHaveLength(4);
});
