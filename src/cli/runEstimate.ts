import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClaimsFile } from '../claims/claim';
import { checkClaims } from '../claims/checkClaims';
import { claimReferenceProblems } from '../claims/claimReferenceProblems';
import { formatClaimsTable } from '../claims/formatClaimsTable';
import { parseClaimsJson } from '../claims/parseClaims';
import { CATALOGUE_VERSION } from '../data/catalogue';
import { MAX_SEED } from '../model/rng';
import { estimateScenario } from '../report/estimateScenario';
import { formatTable } from '../report/formatTable';
import { parseScenarioJson } from '../scenario/parseScenario';
import type { Problem } from '../scenario/problem';
import { MAX_SAMPLES, type Scenario } from '../scenario/scenario';
import { describeReadError } from './readInputFile';

export const USAGE =
  'usage: npm run estimate -- <scenario.json> [--json] [--samples N] [--seed S] [--out FILE]\n' +
  `       npm run estimate -- --claims [claims.json] [--json] [--samples N] [--seed S] [--out FILE]`;

/** The claims file `--claims` reads when none is named; the presets it names are beside it. */
export const DEFAULT_CLAIMS_FILE = 'scenarios/claims.json';

/** What a command-line run printed and its exit code: 0 done, 2 bad input. */
export interface CliOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 2;
  /** With `--out`: the file to write `output` to, instead of printing it. */
  outFile?: string;
  output?: string;
}

/** Reads a file as UTF-8 text; throws a Node file-system error when it cannot. */
export type ReadText = (path: string) => string;

function failure(lines: string[]): CliOutcome {
  return { stdout: '', stderr: lines.join('\n') + '\n', exitCode: 2 };
}

function wholeNumber(text: string | undefined, name: string, min: number, max: number): number | string | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    return `--${name} must be a whole number from ${min} to ${max}, got "${text}"`;
  }
  return value;
}

/**
 * The `estimate` command: reads a scenario file, estimates every scope, and prints a table or
 * JSON. Bad arguments or a bad file give one line per problem on stderr and exit code 2.
 *
 * @param args the arguments after the command name
 * @param readText how to read the scenario file (injected so tests need no files)
 */
export function runEstimate(args: readonly string[], readText: ReadText): CliOutcome {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        samples: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        claims: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return failure([(error as Error).message, USAGE]);
  }
  if (parsed.values.help) return { stdout: USAGE + '\n', stderr: '', exitCode: 0 };
  const claims = parsed.values.claims;
  const [file = claims ? DEFAULT_CLAIMS_FILE : undefined, ...extra] = parsed.positionals;
  if (!file) return failure(['no scenario file given', USAGE]);
  const what = claims ? 'claims' : 'scenario';
  if (extra.length > 0) return failure([`one ${what} file at a time; also got ${extra.join(' ')}`, USAGE]);

  const samples = wholeNumber(parsed.values.samples, 'samples', 1, MAX_SAMPLES);
  const seed = wholeNumber(parsed.values.seed, 'seed', 0, MAX_SEED);
  const argumentProblems = [samples, seed].filter((value): value is string => typeof value === 'string');
  if (argumentProblems.length > 0) return failure([...argumentProblems, USAGE]);
  const overrides = {
    ...(typeof samples === 'number' ? { samples } : {}),
    ...(typeof seed === 'number' ? { seed } : {}),
  };
  if (claims) return runClaims(file, overrides, parsed.values.json, parsed.values.out, readText);

  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    return failure([`${file}: ${describeReadError(error)}`]);
  }
  const result = parseScenarioJson(text);
  if (!result.ok) {
    return failure(result.problems.map((problem) => `${file}: ${problem.path || '(whole file)'}: ${problem.message}`));
  }
  const scenario = { ...result.value, ...overrides };
  const { record } = estimateScenario(scenario);
  const output = parsed.values.json ? JSON.stringify(record, null, 2) + '\n' : formatTable(record) + '\n';
  return done(output, parsed.values.out);
}

/** The result printed, or with `--out` written to a file instead. */
function done(output: string, out: string | undefined): CliOutcome {
  // npm prints its own "> script" banner on stdout; --out gives a file with nothing but the result.
  if (out) return { stdout: '', stderr: '', exitCode: 0, outFile: out, output };
  return { stdout: output, stderr: '', exitCode: 0 };
}

/** `file: path: message`, one line per problem; a problem of the whole file says so. */
function problemLines(file: string, problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${file}: ${problem.path || '(whole file)'}: ${problem.message}`);
}

/**
 * Reads the presets a claims file names, from the folder the claims file is in (`<id>.json`).
 * A preset that cannot be read is a problem of each claim naming it; one that does not validate
 * is reported in its own file's terms.
 *
 * @returns the presets read, and the problem lines
 */
function readPresets(
  claimsFile: string,
  file: ClaimsFile,
  readText: ReadText,
): { presets: Scenario[]; lines: string[] } {
  const presets: Scenario[] = [];
  const lines: string[] = [];
  const unreadable = new Map<string, string>();
  const ids = new Set(file.claims.flatMap((claim) => ('scenarioId' in claim.test ? [claim.test.scenarioId] : [])));
  for (const id of ids) {
    const presetFile = join(dirname(claimsFile), `${id}.json`);
    let text: string;
    try {
      text = readText(presetFile);
    } catch (error) {
      unreadable.set(id, `no preset "${id}": ${presetFile}: ${describeReadError(error)}`);
      continue;
    }
    const result = parseScenarioJson(text);
    if (!result.ok) lines.push(...problemLines(presetFile, result.problems));
    else if (result.value.id !== id) {
      lines.push(`${presetFile}: id: the preset's id is "${result.value.id}"; it must match its file name, "${id}"`);
    } else presets.push(result.value);
  }
  file.claims.forEach((claim, index) => {
    const problem = 'scenarioId' in claim.test ? unreadable.get(claim.test.scenarioId) : undefined;
    if (problem) lines.push(`${claimsFile}: claims[${index}].test.scenarioId: ${problem}`);
  });
  return { presets, lines };
}

/** `--claims`: checks every claim in a claims file against the model and prints a table or JSON. */
function runClaims(
  claimsFile: string,
  overrides: { samples?: number; seed?: number },
  json: boolean,
  out: string | undefined,
  readText: ReadText,
): CliOutcome {
  let text: string;
  try {
    text = readText(claimsFile);
  } catch (error) {
    return failure([`${claimsFile}: ${describeReadError(error, 'claims')}`]);
  }
  const result = parseClaimsJson(text);
  if (!result.ok) return failure(problemLines(claimsFile, result.problems));
  const { presets, lines } = readPresets(claimsFile, result.value, readText);
  // Every preset not read is reported above, so only the scope references add anything.
  const references = claimReferenceProblems(result.value, presets).filter(
    (problem) => !problem.path.endsWith('.scenarioId'),
  );
  const allLines = [...lines, ...problemLines(claimsFile, references)];
  if (allLines.length > 0) return failure(allLines);

  const checks = checkClaims(result.value, presets, overrides);
  const output = json
    ? JSON.stringify({ title: result.value.title, catalogueVersion: CATALOGUE_VERSION, checks }, null, 2) + '\n'
    : formatClaimsTable(result.value.title, checks) + '\n';
  return done(output, out);
}
