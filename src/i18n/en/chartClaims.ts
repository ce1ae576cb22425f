/**
 * The words of a claim's row on the reach chart in English (see `wordsFor`): made with the claims
 * (`claimsOnChart`), which arrive after the chart, so they download with them.
 */
export const CHART_CLAIMS = {
  claimed: (range: string) => `Claimed: ${range}`,
  claimSummary: (detail: string, name: string, range: string) =>
    `A claim (${detail}): ${name}, read as ${range} people`,
  claim: (name: string, detail: string, range: string) => `${name} (${detail}), ${range} people`,
};
