import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_REFERENCE_IDS } from '../src/data/referenceLines';
import { encodeLink } from '../src/link/encodeLink';
import { freshScopeId } from '../src/scenario/newScope';
import { MAX_SAMPLES, MAX_SCOPES, type Scenario } from '../src/scenario/scenario';

const root = resolve(import.meta.dirname, '..');
const preset = (id: string) => JSON.parse(readFileSync(resolve(root, `scenarios/${id}.json`), 'utf8')) as Scenario;

/** The link to a preset as it is, as the app writes it (format 2, with its check code). */
export function presetLink(id: string, extra: Partial<{ view: 'share' }> = {}): string {
  const scenario = preset(id);
  return encodeLink(
    {
      scenario,
      presetId: id,
      view: extra.view ?? 'reach',
      shareBasis: 'population',
      shownReferenceIds: [...DEFAULT_REFERENCE_IDS],
      showClaims: true,
    },
    [scenario],
  );
}

/**
 * The worst case for typing: the ladder grown to twelve scopes, each named with 200 Chinese
 * characters, at the most draws a link may ask for. Before names left the estimate's key, each
 * keystroke in a name re-ran this estimate (0.8 s).
 */
export function worstCaseLink(): string {
  const ladder = preset('scope-ladder');
  const scenario = structuredClone(ladder);
  while (scenario.scopes.length < MAX_SCOPES) {
    const { description: _d, ...source } = structuredClone(scenario.scopes[scenario.scopes.length % 7]!);
    scenario.scopes.push({ ...source, id: freshScopeId(scenario.scopes, source.id) });
  }
  const phrase = '中央委员会委员及其成年家庭成员签证禁令资产冻结配偶子女父母兄弟姐妹';
  scenario.scopes.forEach((scope, i) => {
    scope.label = Array.from({ length: 200 }, (_, j) => phrase[(i + j) % phrase.length]).join('');
  });
  scenario.samples = MAX_SAMPLES;
  return encodeLink(
    {
      scenario,
      presetId: 'scope-ladder',
      view: 'reach',
      shareBasis: 'population',
      shownReferenceIds: [...DEFAULT_REFERENCE_IDS],
      showClaims: true,
    },
    [ladder],
  );
}
