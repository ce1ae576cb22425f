import { parseScenario } from './parseScenario';

/** JSON with every object's keys in order, so two values compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * What is wrong with the preset files, one line each; empty when every file is a valid scenario
 * stored exactly as the parser reads it (every default written out). The page then uses presets as
 * they are, without shipping the parser: the build runs this and stops on any problem
 * (vite.config.ts), and so do the tests.
 *
 * @param files parsed JSON by file name
 */
export function presetProblems(files: Record<string, unknown>): string[] {
  const ids = new Map<string, string>();
  return Object.entries(files).flatMap(([file, data]) => {
    const result = parseScenario(data);
    if (!result.ok) return result.problems.map((p) => `${file}: ${p.path || 'file'}: ${p.message}`);
    const problems: string[] = [];
    if (canonicalJson(result.value) !== canonicalJson(data))
      problems.push(`${file}: write it as the parser reads it (every default, such as "assumptions": {}, spelled out)`);
    if (!file.endsWith(`${result.value.id}.json`))
      problems.push(`${file}: the file must be named for the scenario's id (${result.value.id}.json)`);
    const other = ids.get(result.value.id);
    if (other) problems.push(`${file}: the id ${result.value.id} is also used by ${other}`);
    ids.set(result.value.id, file);
    return problems;
  });
}
