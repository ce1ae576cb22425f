import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { estimateReach } from '../../src/model/estimateReach';
import { citationText } from '../../src/report/citationText';
import { describeProvenance } from '../../src/report/describeProvenance';
import { estimateRecord } from '../../src/report/estimateRecord';
import { csvCell, resultsCsv } from '../../src/report/resultsCsv';
import { demographicRanges, resolveScenario } from '../../src/scenario/resolveScenario';
import { parseCsv } from '../helpers/parseCsv';
import { loadPreset } from '../helpers/presets';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['x;=1+1;y', '"x;=1+1;y"'], // a semicolon separates cells where the decimal mark is a comma
    [3.5, '3.5'],
    [Number.NaN, ''],
  ])('writes %j as %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('resultsCsv', () => {
  it('has a header and one row per scope, with the assumptions and the link', () => {
    const scenario = loadPreset('scope-ladder.json');
    const record = estimateRecord(
      scenario,
      estimateReach(resolveScenario({ ...scenario, samples: 500 })),
      CATALOGUE_VERSION,
    );
    const csv = resultsCsv(
      record,
      scenario,
      demographicRanges(scenario),
      'https://example.org/?v=1&p=scope-ladder',
      describeProvenance(scenario, scenario),
    );
    const [header, ...rows] = parseCsv(csv);
    expect(rows).toHaveLength(7);
    expect(header).toContain('people reached median');
    expect(header).toContain('familyClusteringOddsRatio most likely');
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const at = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(at(rows[0]!, 'scope')).toBe('Named officials (Global Magnitsky, July 2020)');
    expect(at(rows[6]!, 'base group')).toBe('party-members 2024');
    // Uncertain numbers to three significant figures (the JSON has them unrounded); exact counts in full.
    expect(Number(at(rows[6]!, 'people reached median'))).toBe(Number(record.results[6]!.reach.median.toPrecision(3)));
    expect(at(rows[5]!, 'people reached median')).toBe('100271000');
    expect(at(rows[4]!, 'relatives per member median')).toMatch(/^\d\.\d\d$/);
    expect(at(rows[6]!, 'link')).toBe('https://example.org/?v=1&p=scope-ladder');
    // The reading behind the numbers, the range across readings, and what the intervals leave out.
    expect(at(rows[6]!, 'undefined family term')).toBe('immediate family members');
    expect(at(rows[6]!, 'reading')).toBe('spouse-children-under-21');
    expect(Number(at(rows[6]!, 'people reached across readings, highest median'))).toBeGreaterThan(
      Number(at(rows[6]!, 'people reached median')),
    );
    expect(at(rows[0]!, 'reading')).toBe('');
    expect(at(rows[0]!, 'what the 90% intervals cover')).toMatch(/leave out which relatives a law or a quote covers/);
    expect(at(rows[0]!, 'provenance')).toBe('A Sanction Scope preset, as published.');
  });

  it('names an edited scenario as modified, and says what changed, on every row', () => {
    const preset = loadPreset('visa-rule-2020.json');
    const scenario = structuredClone(preset);
    scenario.scopes[0]!.family.push('parent');
    const record = estimateRecord(
      scenario,
      estimateReach(resolveScenario({ ...scenario, samples: 500 })),
      CATALOGUE_VERSION,
    );
    const csv = resultsCsv(record, scenario, demographicRanges(scenario), 'x', describeProvenance(scenario, preset));
    const [header, ...rows] = parseCsv(csv);
    const at = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(at(rows[0]!, 'scenario')).toBe(`${preset.title} (modified)`);
    expect(at(rows[0]!, 'provenance')).toMatch(/^Modified from the preset .*: parents added to /);
  });
});

describe('citationText', () => {
  it('names the scenario, catalogue version, seed, link and access date', () => {
    expect(
      citationText({
        title: 'The scope ladder',
        catalogueVersion: '2026-11-23',
        seed: 2026,
        samples: 10_000,
        url: 'https://example.org/?v=1&p=scope-ladder',
        accessed: new Date('2026-11-23T12:00:00Z'),
      }),
    ).toBe(
      'Sanction Scope, "The scope ladder", estimate with figures catalogue 2026-11-23 (seed 2026, 10,000 draws). https://example.org/?v=1&p=scope-ladder (accessed 23 November 2026).',
    );
  });

  it('carries the provenance of an edited scenario', () => {
    expect(
      citationText({
        title: 'The scope ladder (modified)',
        provenance: 'Modified from the preset “The scope ladder”: seed 7 (the preset’s is 2026).',
        catalogueVersion: '2026-11-23',
        seed: 7,
        samples: 10_000,
        url: 'https://example.org/?v=2',
        accessed: new Date('2026-11-23T12:00:00Z'),
      }),
    ).toBe(
      'Sanction Scope, "The scope ladder (modified)", estimate with figures catalogue 2026-11-23 (seed 7, 10,000 draws). Modified from the preset “The scope ladder”: seed 7 (the preset’s is 2026). https://example.org/?v=2 (accessed 23 November 2026).',
    );
  });
});
