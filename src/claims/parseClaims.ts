import * as v from 'valibot';
import { issueToProblem } from '../scenario/issueToProblem';
import { parseScenario } from '../scenario/parseScenario';
import type { Parsed, Problem } from '../scenario/problem';
import type { Scenario } from '../scenario/scenario';
import { familyReadingById } from '../data/familyReadings';
import { QUANTITY_UNIT, type Claim, type ClaimsFile, type QuantityUnit } from './claim';
import { claimedRange } from './claimedRange';
import { claimsSchema } from './claimsSchema';
import { COUNTRY_RANKING } from './countryRanking';

/** Most bytes of claims JSON read: ten claims with an inline scenario are well under 100 kB. */
export const MAX_CLAIMS_BYTES = 1_000_000;

/** Allowed claimed values per unit: a share is 0-1; no count exceeds the world's population. */
const CLAIMED_BOUNDS: Record<QuantityUnit, { min: number; max: number; unit: string }> = {
  people: { min: 0, max: 1e10, unit: 'persons' },
  share: { min: 0, max: 1, unit: 'share, 0-1' },
  countries: { min: 0, max: COUNTRY_RANKING.countries, unit: 'countries' },
};

/** Reads an inline scenario; its problems are located under the claim's `test.scenario`. */
function parseInline(scenario: unknown, path: string): Parsed<Scenario> {
  const parsed = parseScenario(scenario);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.problems.map((problem) => ({
      path: problem.path ? `${path}.${problem.path}` : path,
      message: problem.message,
    })),
  };
}

/** Problems of the inline scenarios in raw input, so one reading reports every problem. */
function rawInlineProblems(input: unknown): Problem[] {
  const claims = (input as { claims?: unknown }).claims;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((claim: unknown, index) => {
    const scenario = (claim as { test?: { scenario?: unknown } } | null)?.test?.scenario;
    if (scenario === undefined) return [];
    const parsed = parseInline(scenario, `claims[${index}].test.scenario`);
    return parsed.ok ? [] : parsed.problems;
  });
}

type RawClaim = v.InferOutput<typeof claimsSchema>['claims'][number];

/** Checks what the structure cannot, and turns a valid raw claim into a `Claim`. */
function readClaim(raw: RawClaim, index: number, problems: Problem[]): Claim | undefined {
  const path = `claims[${index}]`;
  const { min, max, unit } = CLAIMED_BOUNDS[QUANTITY_UNIT[raw.quantity]];
  const range = claimedRange(raw.claimed);
  for (const end of ['low', 'high'] as const) {
    const value = range[end];
    if (value < min || value > max) {
      problems.push({
        path: `${path}.claimed`,
        message: `the claimed range's ${end} end, ${value}, must be from ${min} to ${max} for ${raw.quantity} (${unit})`,
      });
    }
  }
  if (raw.definedReading !== undefined && !familyReadingById(raw.definedReading)) {
    problems.push({
      path: `${path}.definedReading`,
      message: `"${raw.definedReading}" is not a family reading in the catalogue`,
    });
  }
  const { scenarioId, scenario, scopeIds } = raw.test;
  let test: Claim['test'];
  if (scenarioId !== undefined) {
    test = { scenarioId, scopeIds };
  } else {
    const parsed = parseInline(scenario, `${path}.test.scenario`);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    scopeIds.forEach((scopeId, i) => {
      if (!parsed.value.scopes.some((scope) => scope.id === scopeId)) {
        const ids = parsed.value.scopes.map((scope) => scope.id).join(', ');
        problems.push({
          path: `${path}.test.scopeIds[${i}]`,
          message: `"${scopeId}" is not a scope of the inline scenario; its scopes are: ${ids}`,
        });
      }
    });
    test = { scenario: parsed.value, scopeIds };
  }
  const { note, source, definedReading, ...rest } = raw;
  return {
    ...rest,
    source: source.url === undefined ? { title: source.title } : { title: source.title, url: source.url },
    ...(note === undefined ? {} : { note }),
    ...(definedReading === undefined ? {} : { definedReading }),
    test,
  };
}

/**
 * Reads a claims file from untrusted data (parsed JSON).
 *
 * Returns the claims, or every problem found, each with its field path and a plain-English
 * message; inline scenarios are read with `parseScenario`, their problems located under the
 * claim's `test.scenario`. Whether a preset `scenarioId` exists is checked where the presets are
 * known (`claimReferenceProblems`). Never throws, whatever the input.
 */
export function parseClaims(input: unknown): Parsed<ClaimsFile> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'a claims file must be an object ({ ... }), not a list or a single value' }],
    };
  }
  try {
    const result = v.safeParse(claimsSchema, input, { abortEarly: false });
    if (!result.success) {
      return {
        ok: false,
        problems: [
          ...result.issues.map((issue) => issueToProblem(issue, 'the claims file')),
          ...rawInlineProblems(input),
        ],
      };
    }
    const problems: Problem[] = [];
    const seen = new Set<string>();
    const claims: Claim[] = [];
    result.output.claims.forEach((raw, index) => {
      if (seen.has(raw.id))
        problems.push({ path: `claims[${index}].id`, message: `claim id "${raw.id}" is used twice` });
      seen.add(raw.id);
      const claim = readClaim(raw, index, problems);
      if (claim) claims.push(claim);
    });
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { ...result.output, claims } };
  } catch (error) {
    // Valibot does not throw on data, but a hostile object (a getter that throws, a Proxy) could.
    return { ok: false, problems: [{ path: '', message: `the claims file could not be read: ${String(error)}` }] };
  }
}

/** Reads a claims file from JSON text; a syntax error is reported as a problem, not thrown. */
export function parseClaimsJson(json: string): Parsed<ClaimsFile> {
  if (json.length > MAX_CLAIMS_BYTES) {
    return { ok: false, problems: [{ path: '', message: `the claims file is larger than ${MAX_CLAIMS_BYTES} bytes` }] };
  }
  let data: unknown;
  try {
    // A byte-order mark, which some editors write, is not part of the JSON.
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseClaims(data);
}
