import type { Problem } from '../scenario/problem';
import type { Scenario } from '../scenario/scenario';
import type { ClaimsFile } from './claim';

/**
 * Checks that every claim tested on a preset names a preset that exists and one of its scopes.
 * Inline scenarios were checked when the file was read (`parseClaims`).
 *
 * @param presets the preset scenarios available, by their `id`
 * @returns one problem per bad reference, located at the claim's `test.scenarioId` or `test.scopeIds[i]`
 */
export function claimReferenceProblems(file: ClaimsFile, presets: readonly Scenario[]): Problem[] {
  const problems: Problem[] = [];
  file.claims.forEach((claim, index) => {
    if (!('scenarioId' in claim.test)) return;
    const { scenarioId, scopeIds } = claim.test;
    const path = `claims[${index}].test`;
    const scenario = presets.find((preset) => preset.id === scenarioId);
    if (!scenario) {
      const ids = presets.map((preset) => preset.id).join(', ') || 'none';
      problems.push({
        path: `${path}.scenarioId`,
        message: `"${scenarioId}" is not a preset scenario; the presets are: ${ids}`,
      });
      return;
    }
    scopeIds.forEach((scopeId, i) => {
      if (!scenario.scopes.some((scope) => scope.id === scopeId)) {
        const ids = scenario.scopes.map((scope) => scope.id).join(', ');
        problems.push({
          path: `${path}.scopeIds[${i}]`,
          message: `"${scopeId}" is not a scope of ${scenarioId}; its scopes are: ${ids}`,
        });
      }
    });
  });
  return problems;
}
