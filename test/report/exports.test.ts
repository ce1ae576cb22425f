import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/data/catalogue';
import { estimateReach } from '../../src/model/estimateReach';
import { citationText, type CitationStyle } from '../../src/report/citationText';
import { UPSTREAM_CREDIT } from '../../src/report/upstreamCredit';
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
  const input = {
    title: 'The scope ladder',
    version: '0.1.0',
    catalogueVersion: '2026-11-23',
    seed: 2026,
    samples: 10_000,
    url: 'https://example.org/?v=2&p=scope-ladder&k=abc',
    accessed: new Date('2026-11-24T12:00:00Z'),
  };
  const credit = UPSTREAM_CREDIT;

  it.each<[CitationStyle, string]>([
    [
      'apa',
      `Sanction Scope. (2026). The scope ladder [Estimate, version 0.1.0; figures catalogue 2026-11-23; seed 2026, 10,000 draws]. ${credit} Retrieved 24 November 2026, from https://example.org/?v=2&p=scope-ladder&k=abc`,
    ],
    [
      'chicago',
      `Sanction Scope. 2026. “The scope ladder.” Estimate, version 0.1.0; figures catalogue 2026-11-23; seed 2026, 10,000 draws. ${credit} Accessed November 24, 2026. https://example.org/?v=2&p=scope-ladder&k=abc.`,
    ],
  ])('%s: year, version, catalogue, draws, seed, upstream credit, access date and link', (style, expected) => {
    expect(citationText(input, style)).toBe(expected);
  });

  it('BibTeX: one @misc entry, its special characters escaped so a title from a link stays text', () => {
    const bibtex = citationText({ ...input, title: 'Ladder {100%} & co_1 \\end' }, 'bibtex');
    expect(bibtex.split('\n')).toEqual([
      '@misc{sanctionscope2026ladder100co1end,',
      '  author = {{Sanction Scope}},',
      '  title = {{Ladder \\{100\\%\\} \\& co\\_1 \\textbackslash{}end}},',
      '  year = {2026},',
      '  version = {0.1.0},',
      '  url = {https://example.org/?v=2\\&p=scope-ladder\\&k=abc},',
      '  urldate = {2026-11-24},',
      `  note = {Estimate, version 0.1.0; figures catalogue 2026-11-23; seed 2026, 10,000 draws. ${credit}}`,
      '}',
    ]);
    // Braces balance, so the entry parses.
    const depth = [...bibtex.replace(/\\[{}]/g, '')].reduce(
      (level, char) => level + (char === '{' ? 1 : char === '}' ? -1 : 0),
      0,
    );
    expect(depth).toBe(0);
  });

  it('BibTeX: no bidi controls, which pdfLaTeX stops on (the isolates round a quoted name, an override in a title)', () => {
    const provenance = 'Modified from the preset “\u2068The scope ladder\u2069”: seed 7 (the preset’s is 2026).';
    const bibtex = citationText({ ...input, title: 'Ladder \u202eevil\u202c (modified)', provenance }, 'bibtex');
    expect(bibtex).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(bibtex).toContain('title = {{Ladder evil (modified)}}');
    expect(bibtex).toContain('Modified from the preset “The scope ladder”: seed 7');
  });

  it.each<CitationStyle>(['apa', 'chicago', 'bibtex'])('%s carries the provenance of an edited scenario', (style) => {
    const provenance = 'Modified from the preset “The scope ladder”: seed 7 (the preset’s is 2026).';
    expect(citationText({ ...input, title: 'The scope ladder (modified)', provenance, seed: 7 }, style)).toContain(
      provenance,
    );
  });
});
