import * as v from 'valibot';
import { POPULATION_YEARS, ageProfileById, designationRoundById, groupById, groupYears } from '../data/catalogue';
import { FAMILY_TERMS, familyTermById } from '../data/familyReadings';
import { editorPart } from '../i18n/editorPart';
import { CHECKS } from '../i18n/en/editorChecks';
import type { Problem, Parsed } from './problem';
import type { Scenario, ScopeBase } from './scenario';
import { issueToProblem } from './issueToProblem';
import { scenarioSchema, scopeBaseSchema } from './scenarioSchema';

/** Most bytes of scenario JSON read: a scenario of 12 scopes with notes is well under 100 kB. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** Checks what the structure cannot: that ids and years exist in the figures catalogue. */
function checkBase(base: ScopeBase, path: string): Problem[] {
  const w = editorPart('checks', CHECKS);
  const problems: Problem[] = [];
  if (!POPULATION_YEARS.includes(base.year)) {
    problems.push({
      path: `${path}.year`,
      message: w.noPopulation(base.year, POPULATION_YEARS[0]!, POPULATION_YEARS.at(-1)!),
    });
  }
  if (base.kind === 'group') {
    const group = groupById(base.groupId);
    if (!group) {
      problems.push({ path: `${path}.groupId`, message: w.notGroup(base.groupId) });
    } else if (!groupYears(group).includes(base.year)) {
      const years = groupYears(group);
      problems.push({
        path: `${path}.year`,
        message: w.noGroupSize(group.label, base.year, years[0]!, years.at(-1)!),
      });
    }
  }
  if (base.kind === 'named') {
    base.roundIds.forEach((id, index) => {
      if (!designationRoundById(id)) {
        problems.push({
          path: `${path}.roundIds[${index}]`,
          message: w.notRound(id),
        });
      }
    });
  }
  if ((base.kind === 'named' || base.kind === 'custom') && base.ageProfileId && !ageProfileById(base.ageProfileId)) {
    problems.push({
      path: `${path}.ageProfileId`,
      message: w.notAgeProfile(base.ageProfileId),
    });
  }
  return problems;
}

/**
 * Catalogue checks for the scope bases that are well formed even though the scenario as a whole
 * is not, so one reading reports every problem rather than the structural ones first.
 */
function checkRawBases(input: unknown): Problem[] {
  const scopes = (input as { scopes?: unknown } | null)?.scopes;
  if (!Array.isArray(scopes)) return [];
  return scopes.flatMap((scope: unknown, index) => {
    const parsed = v.safeParse(scopeBaseSchema, (scope as { base?: unknown } | null)?.base);
    return parsed.success ? checkBase(parsed.output, `scopes[${index}].base`) : [];
  });
}

/**
 * What the schema cannot check in a scenario it accepts: that scope ids are not repeated, and that
 * every id and year a scope names exists in the figures catalogue. Each problem's path starts with
 * its scope's (`scopes[2]`).
 */
export function catalogueProblems(scenario: Scenario): Problem[] {
  const w = editorPart('checks', CHECKS);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  scenario.scopes.forEach((scope, index) => {
    if (seen.has(scope.id)) problems.push({ path: `scopes[${index}].id`, message: w.scopeIdTwice(scope.id) });
    seen.add(scope.id);
    problems.push(...checkBase(scope.base, `scopes[${index}].base`));
    if (scope.familyTerm !== undefined && !familyTermById(scope.familyTerm)) {
      problems.push({
        path: `scopes[${index}].familyTerm`,
        message: w.notFamilyTerm(scope.familyTerm, FAMILY_TERMS.map((term) => term.id).join(', ')),
      });
    }
  });
  return problems;
}

/**
 * Reads a scenario from untrusted data (a parsed JSON file or a decoded link).
 *
 * Returns the scenario, or every problem found, each with its field path and a plain-language
 * message in the page's edition. Never throws, whatever the input.
 */
export function parseScenario(input: unknown): Parsed<Scenario> {
  const w = editorPart('checks', CHECKS);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: w.notAnObject }],
    };
  }
  try {
    const result = v.safeParse(scenarioSchema, input, { abortEarly: false });
    if (!result.success)
      return {
        ok: false,
        problems: [...result.issues.map((issue) => issueToProblem(issue, w.theScenario)), ...checkRawBases(input)],
      };
    const scenario = result.output as Scenario;
    const problems = catalogueProblems(scenario);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: scenario };
  } catch (error) {
    // Valibot does not throw on data, but a hostile object (a getter that throws, a Proxy) could.
    return { ok: false, problems: [{ path: '', message: w.unreadable(String(error)) }] };
  }
}

/** Reads a scenario from JSON text; a syntax error is reported as a problem, not thrown. */
export function parseScenarioJson(json: string): Parsed<Scenario> {
  const w = editorPart('checks', CHECKS);
  if (json.length > MAX_SCENARIO_BYTES) {
    return { ok: false, problems: [{ path: '', message: w.tooLarge(MAX_SCENARIO_BYTES) }] };
  }
  let data: unknown;
  try {
    // A byte-order mark, which some editors write, is not part of the JSON.
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: w.notJson((error as Error).message) }] };
  }
  return parseScenario(data);
}
