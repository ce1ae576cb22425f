import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { estimateReach } from '../../src/model/estimateReach';
import { estimateRecord } from '../../src/report/estimateRecord';
import { summarizeScope } from '../../src/report/summarizeScope';
import { resolveScenario } from '../../src/scenario/resolveScenario';
import type { Scenario } from '../../src/scenario/scenario';
import { loadPreset } from '../helpers/presets';

const summariesOf = (scenario: Scenario) => {
  const record = estimateRecord(scenario, estimateReach(resolveScenario(scenario)), CATALOGUE_VERSION);
  return record.results.map((result, i) => summarizeScope(result, scenario.scopes[i]!));
};
const summaries = (file: string) => summariesOf(loadPreset(file));

describe('summarizeScope', () => {
  it('says who the core is, how many relatives count, and the share of China', () => {
    const ladder = summaries('scope-ladder.json');
    expect(ladder[0]).toBe(
      '4 people: 4 named officials (and 1 entity), no relatives covered; about 1 in 353 million people in China.',
    );
    expect(ladder[3]).toBe(
      '376 people: 376 members of the 20th Central Committee (full and alternate), no relatives covered; about 1 in 3.75 million people in China.',
    );
    expect(ladder[5]).toBe('100,271,000 people: 100,271,000 Party members, no relatives covered; 7.12% of China.');
  });

  it('names the reading of an undefined family word, and the range across its readings', () => {
    const ladder = summaries('scope-ladder.json');
    expect(ladder[4]).toMatch(
      /^About 3,\d{3} \(3,\d{3}–3,\d{3}\) people: 376 members of the 20th Central Committee \(full and alternate\), with about 8\.8\d? covered relatives each \(spouse, adult children, parents, siblings, and the spouse's parents and siblings: one reading of “adult family member”; 1,0\d0–7,\d{3} across its 3 readings\); about 1 in 3\d\d,000 people in China\.$/,
    );
    expect(ladder[6]).toMatch(
      /^About 1\d\d million \(1\d\d–2\d\d million\) people: 100,271,000 Party members, with about 1\.3\d? covered relatives each \(spouses and children under 21: one reading of “immediate family members”; 1\d\d–4\d\d million across its 6 readings\); 1\d\.\d% of China\.$/,
    );
  });

  it("says when the family rule is the reader's own rather than a named reading", () => {
    const scenario = loadPreset('visa-rule-2020.json');
    const edited = {
      ...scenario,
      scopes: [{ ...scenario.scopes[0]!, family: ['spouse', 'sibling'] as Scenario['scopes'][0]['family'] }],
    };
    expect(summariesOf(edited)[0]).toMatch(
      /\(spouse and siblings: the reader's own reading of “immediate family members”; /,
    );
  });

  it('says which of the base the core holds: those meeting the legal test, less those waived', () => {
    const [withFinding, all] = summaries('stop-ccp-act.json');
    expect(withFinding).toMatch(
      /: about 162 members of the 20th Central Committee \(full and alternate\) \(those meeting the legal test, less those waived\),/,
    );
    // Everyone meets the test here: only the waivers take the 376 down.
    expect(all).toMatch(
      /: about 369 members of the 20th Central Committee \(full and alternate\) \(less those waived\),/,
    );
  });

  it('gives how many of the named officials a legal test leaves', () => {
    const scenario = loadPreset('magnitsky-2020.json');
    const halfMeetTheTest = { low: 0.5, mode: 0.5, high: 0.5 };
    const edited = { ...scenario, scopes: [{ ...scenario.scopes[0]!, conductShare: halfMeetTheTest }] };
    expect(summariesOf(edited)[0]).toMatch(
      /^2 people: 2 of 4 named officials \(those meeting the legal test\) \(and 1 entity\),/,
    );
    expect(summaries('magnitsky-2020.json')[0]).toMatch(/^4 people: 4 named officials \(and 1 entity\),/);
  });
});
