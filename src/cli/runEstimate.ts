import { parseArgs } from 'node:util';
import { CATALOGUE_VERSION } from '../data/catalogue';
import { estimateReach } from '../model/estimateReach';
import { MAX_SEED } from '../model/rng';
import { estimateRecord } from '../report/estimateRecord';
import { formatTable } from '../report/formatTable';
import { parseScenarioJson } from '../scenario/parseScenario';
import { resolveScenario } from '../scenario/resolveScenario';
import { MAX_SAMPLES } from '../scenario/scenario';

export const USAGE = 'usage: npm run estimate -- <scenario.json> [--json] [--samples N] [--seed S] [--out FILE]';

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

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder, not a scenario file';
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? String(error)})`;
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
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return failure([(error as Error).message, USAGE]);
  }
  if (parsed.values.help) return { stdout: USAGE + '\n', stderr: '', exitCode: 0 };
  const [file, ...extra] = parsed.positionals;
  if (!file) return failure(['no scenario file given', USAGE]);
  if (extra.length > 0) return failure([`one scenario file at a time; also got ${extra.join(' ')}`, USAGE]);

  const samples = wholeNumber(parsed.values.samples, 'samples', 1, MAX_SAMPLES);
  const seed = wholeNumber(parsed.values.seed, 'seed', 0, MAX_SEED);
  const argumentProblems = [samples, seed].filter((value): value is string => typeof value === 'string');
  if (argumentProblems.length > 0) return failure([...argumentProblems, USAGE]);

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
  const scenario = {
    ...result.value,
    ...(typeof samples === 'number' ? { samples } : {}),
    ...(typeof seed === 'number' ? { seed } : {}),
  };
  const record = estimateRecord(scenario, estimateReach(resolveScenario(scenario)), CATALOGUE_VERSION);
  const output = parsed.values.json ? JSON.stringify(record, null, 2) + '\n' : formatTable(record) + '\n';
  // npm prints its own "> script" banner on stdout; --out gives a file with nothing but the result.
  if (parsed.values.out) return { stdout: '', stderr: '', exitCode: 0, outFile: parsed.values.out, output };
  return { stdout: output, stderr: '', exitCode: 0 };
}
