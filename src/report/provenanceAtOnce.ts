import { REPORT } from '../i18n/en/report';
import { wordsFor } from '../i18n/wordsFor';
import { isolate } from '../format/isolate';
import type { Scenario } from '../scenario/scenario';
import type { Provenance } from './describeProvenance';

/** What a scenario is compared with its preset on: everything that is not the page's view. */
const compared = ({ title, description, scopes, assumptions, seed, samples }: Scenario) =>
  JSON.stringify([title, description, scopes, assumptions, seed, samples]);

/**
 * Where the numbers come from, known without describing a single change: a scenario built from
 * scratch; a preset as published (the same to the letter); else a modified preset, named so at
 * once (its title marked "(modified)", its line saying so) while `describeProvenance`, which
 * names each change, downloads. A scenario this calls modified may turn out to differ only in
 * ways `describeProvenance` does not count; never the other way round, so numbers never pass as a
 * preset's while their changes are being described.
 *
 * @param preset the preset it started from; undefined when built from scratch
 */
export function provenanceAtOnce(scenario: Scenario, preset: Scenario | undefined): Provenance {
  const words = wordsFor('report', REPORT);
  const authorTitle = scenario.title !== (preset?.title ?? '');
  const authorDescription = scenario.description !== (preset?.description ?? '');
  const authorLabels = scenario.scopes.some(
    (scope) => scope.label !== preset?.scopes.find((original) => original.id === scope.id)?.label,
  );
  const same = { shownTitle: scenario.title, authorTitle, authorDescription, authorLabels, changes: [], causes: {} };
  if (!preset)
    return {
      ...same,
      kind: 'scratch',
      authorTitle: true,
      authorDescription: true,
      authorLabels: true,
      line: words.scratch,
    };
  if (compared(scenario) === compared(preset)) return { ...same, kind: 'preset', line: '' };
  return {
    ...same,
    kind: 'modified',
    shownTitle: authorTitle ? scenario.title : words.modifiedTitle(scenario.title),
    line: words.modified(`“${isolate(preset.title)}”`, [], 0),
    pending: true,
  };
}
