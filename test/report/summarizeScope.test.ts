import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { estimateReach } from '../../src/model/estimateReach';
import { estimateRecord } from '../../src/report/estimateRecord';
import { summarizeScope } from '../../src/report/summarizeScope';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import { loadPreset } from '../helpers/presets';

const summaries = (file: string) => {
  const scenario = loadPreset(file);
  const record = estimateRecord(scenario, estimateReach(resolveScenario(scenario)), CATALOGUE_VERSION);
  return record.results.map((result, i) => summarizeScope(result, scenario.scopes[i]!));
};

describe('summarizeScope', () => {
  it('says who the core is, how many relatives count, and the share of China', () => {
    const ladder = summaries('scope-ladder.json');
    expect(ladder[0]).toBe('4 people: 4 named officials (and 1 entity), no relatives covered; 0.000000283% of China.');
    expect(ladder[3]).toBe(
      '376 people: 376 members of the 20th Central Committee (full and alternate), no relatives covered; 0.0000267% of China.',
    );
    expect(ladder[4]).toMatch(
      /^About 3,580 \(3,\d{3}–3,\d{3}\) people: 376 members of the 20th Central Committee \(full and alternate\), with about 8\.5 covered relatives each \(spouse, children 18-20, children 21 and over, parents, siblings, spouse's parents and spouse's siblings\); 0\.000254% of China\.$/,
    );
    expect(ladder[6]).toMatch(
      /^About 204,000,000 \(196,000,000–212,000,000\) people: 100,271,000 Party members, with about 1\.3 covered relatives each \(spouse, children under 18 and children 18-20\); 14\.5% of China\.$/,
    );
  });

  it('marks a core cut by the legal test as approximate', () => {
    const [withFinding] = summaries('stop-ccp-act.json');
    expect(withFinding).toMatch(
      /: about 160 members of the 20th Central Committee \(full and alternate\) \(those meeting the legal test\)/,
    );
  });
});
