import type { ChartClaim } from '../charts/geometry/chartClaim';
import { CLAIMS } from '../i18n/en/claims';
import { wordsFor } from '../i18n/wordsFor';
import type { Scenario } from '../scenario/scenario';
import type { ClaimsFile } from './claim';
import { chartClaimTexts } from './chartClaimTexts';
import { claimedRange } from './claimedRange';
import { shortenWords } from './shortenWords';

/** Characters of a claim's words drawn as its row's name: about two lines of a row name. */
const NAME_CHARACTERS = 60;

/**
 * The claims the reach chart draws for a scenario: those tested against a scope of the preset the
 * scenario started from, about people reached or a share of China's population, each under the
 * last of its scopes on the chart. A share is turned into people with that scope's population in
 * its year. A scope whose group of people was changed is no longer the one the claim spoke of, so
 * its claims are left out; other edits (relatives, shares, exposure) keep them, which is the point:
 * the claim stays where it was made while the estimate moves.
 *
 * @param file the claims file
 * @param scenario the scenario shown
 * @param preset the preset it started from (undefined: built from scratch, no claims)
 * @param scopes the chart's scopes with China's population in each one's year, persons
 */
export function claimsOnChart(
  file: ClaimsFile,
  scenario: Scenario,
  preset: Scenario | undefined,
  scopes: readonly { id: string; population: number }[],
): ChartClaim[] {
  if (!preset) return [];
  const w = wordsFor('claims', CLAIMS);
  const sameGroup = (scopeId: string) => {
    const shown = scenario.scopes.find((scope) => scope.id === scopeId);
    const original = preset.scopes.find((scope) => scope.id === scopeId);
    return !!shown && !!original && JSON.stringify(shown.base) === JSON.stringify(original.base);
  };
  return file.claims.flatMap((claim): ChartClaim[] => {
    const { test } = claim;
    if (!('scenarioId' in test) || test.scenarioId !== preset.id) return [];
    if (claim.quantity !== 'peopleReached' && claim.quantity !== 'shareOfPopulation') return [];
    const scope = [...scopes]
      .reverse()
      .find((candidate) => test.scopeIds.includes(candidate.id) && sameGroup(candidate.id));
    if (!scope) return [];
    const range = claimedRange(claim.claimed);
    const people = claim.quantity === 'peopleReached' ? 1 : scope.population;
    // In another language, the claim's words and source as translated (English reads the file's).
    const said = Object.hasOwn(w.said, claim.id) ? w.said[claim.id] : undefined;
    const drawn = {
      name: `“${said ? said.name : shortenWords(claim.words, NAME_CHARACTERS)}”`,
      detail: w.byYear(said ? said.by : source(claim.who, claim.where), claim.when.slice(0, 4)),
      lowPeople: range.low * people,
      highPeople: range.high * people,
    };
    return [{ id: claim.id, scopeId: scope.id, ...drawn, ...chartClaimTexts(drawn) }];
  });
}

/** "Walter Lohman, The Daily Signal": who, without asides, and the publication, without its headline. */
function source(who: string, where: string): string {
  const person = who.split(' (')[0]!;
  const publication = where.split(',')[0]!;
  return person === publication ? publication : `${person}, ${publication}`;
}
