import * as v from 'valibot';
import { POPULATION_YEARS, ageProfileById, designationRoundById, groupById, groupYears } from '../data/catalogue';
import { FAMILY_TERMS, familyTermById } from '../data/familyReadings';
import type { Problem, Parsed } from './problem';
import type { Scenario, ScopeBase } from './scenario';
import { issueToProblem } from './issueToProblem';
import { scenarioSchema, scopeBaseSchema } from './scenarioSchema';

/** Most bytes of scenario JSON read: a scenario of 12 scopes with notes is well under 100 kB. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** Checks what the structure cannot: that ids and years exist in the figures catalogue. */
function checkBase(base: ScopeBase, path: string): Problem[] {
  const problems: Problem[] = [];
  if (!POPULATION_YEARS.includes(base.year)) {
    problems.push({
      path: `${path}.year`,
      message: `no population figure for ${base.year}; use a year from ${POPULATION_YEARS[0]} to ${POPULATION_YEARS.at(-1)}`,
    });
  }
  if (base.kind === 'group') {
    const group = groupById(base.groupId);
    if (!group) {
      problems.push({ path: `${path}.groupId`, message: `"${base.groupId}" is not a group in the figures catalogue` });
    } else if (!groupYears(group).includes(base.year)) {
      const years = groupYears(group);
      problems.push({
        path: `${path}.year`,
        message: `${group.label} has no size for ${base.year}; use a year from ${years[0]} to ${years.at(-1)}`,
      });
    }
  }
  if (base.kind === 'named') {
    base.roundIds.forEach((id, index) => {
      if (!designationRoundById(id)) {
        problems.push({
          path: `${path}.roundIds[${index}]`,
          message: `"${id}" is not a designation round in the catalogue`,
        });
      }
    });
  }
  if ((base.kind === 'named' || base.kind === 'custom') && base.ageProfileId && !ageProfileById(base.ageProfileId)) {
    problems.push({
      path: `${path}.ageProfileId`,
      message: `"${base.ageProfileId}" is not an age profile in the catalogue`,
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
  const problems: Problem[] = [];
  const seen = new Set<string>();
  scenario.scopes.forEach((scope, index) => {
    if (seen.has(scope.id))
      problems.push({ path: `scopes[${index}].id`, message: `scope id "${scope.id}" is used twice` });
    seen.add(scope.id);
    problems.push(...checkBase(scope.base, `scopes[${index}].base`));
    if (scope.familyTerm !== undefined && !familyTermById(scope.familyTerm)) {
      problems.push({
        path: `scopes[${index}].familyTerm`,
        message: `"${scope.familyTerm}" is not a family term in the catalogue; the terms are: ${FAMILY_TERMS.map((term) => term.id).join(', ')}`,
      });
    }
  });
  return problems;
}

/**
 * Reads a scenario from untrusted data (a parsed JSON file or a decoded link).
 *
 * Returns the scenario, or every problem found, each with its field path and a plain-English
 * message. Never throws, whatever the input.
 */
export function parseScenario(input: unknown): Parsed<Scenario> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'a scenario must be an object ({ ... }), not a list or a single value' }],
    };
  }
  try {
    const result = v.safeParse(scenarioSchema, input, { abortEarly: false });
    if (!result.success)
      return {
        ok: false,
        problems: [...result.issues.map((issue) => issueToProblem(issue, 'the scenario')), ...checkRawBases(input)],
      };
    const scenario = result.output as Scenario;
    const problems = catalogueProblems(scenario);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: scenario };
  } catch (error) {
    // Valibot does not throw on data, but a hostile object (a getter that throws, a Proxy) could.
    return { ok: false, problems: [{ path: '', message: `the scenario could not be read: ${String(error)}` }] };
  }
}

/** Reads a scenario from JSON text; a syntax error is reported as a problem, not thrown. */
export function parseScenarioJson(json: string): Parsed<Scenario> {
  if (json.length > MAX_SCENARIO_BYTES) {
    return { ok: false, problems: [{ path: '', message: `the scenario is larger than ${MAX_SCENARIO_BYTES} bytes` }] };
  }
  let data: unknown;
  try {
    // A byte-order mark, which some editors write, is not part of the JSON.
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseScenario(data);
}
