import type { ChartClaim } from '../charts/geometry/chartClaim';
import { formatPeople, formatPeopleRange } from '../format/formatPeople';
import { isolate } from '../format/isolate';
import { CHART_CLAIMS } from '../i18n/en/chartClaims';
import { currentLocale, wordsFor } from '../i18n/wordsFor';

type Drawn = Pick<ChartClaim, 'name' | 'detail' | 'lowPeople' | 'highPeople'>;

/**
 * What a claim's row on the reach chart says, in the page's edition: "Claimed: 265–270 million"
 * (one number when the range is one), the row in words, and its part of the chart's description.
 */
export function chartClaimTexts(claim: Drawn): Pick<ChartClaim, 'labelText' | 'summary' | 'inWords'> {
  const [w, locale] = [wordsFor('chartClaims', CHART_CLAIMS), currentLocale()];
  const high = formatPeople(claim.highPeople, locale);
  const range =
    formatPeople(claim.lowPeople, locale) === high
      ? high
      : formatPeopleRange(claim.lowPeople, claim.highPeople, locale);
  return {
    labelText: w.claimed(range),
    summary: w.claimSummary(claim.detail, claim.name, range),
    inWords: w.claim(isolate(claim.name), isolate(claim.detail), range),
  };
}
