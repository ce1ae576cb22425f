// What the estimator benchmark bundles: the same modules the app and the command line use.
import { estimateReach } from '../src/model/estimateReach';
import type { ModelInputs } from '../src/model/modelInputs';
import { parseScenarioJson } from '../src/scenario/parseScenario';
import { resolveScenario } from '../src/scenario/resolveScenario';

export { estimateReach };

/** The ladder preset's model inputs at `samples` draws. */
export function ladderInputs(json: string, samples: number): ModelInputs {
  const parsed = parseScenarioJson(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return resolveScenario({ ...parsed.value, samples });
}
