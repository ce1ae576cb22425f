import { upstreamCredit } from './upstreamCredit';
import { laterWords } from './laterWords';

/** Citation styles the cite dialog offers. */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'bibtex', label: 'BibTeX' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/** What a citation of an estimate says. */
export interface CitationInput {
  /** The scenario's title as shown ("… (modified)" when edited). */
  title: string;
  /** "Modified from the preset …" (`describeProvenance`); empty for a preset as published. */
  provenance?: string;
  /** The app's version (package.json). */
  version: string;
  /** The figures catalogue's date, `YYYY-MM-DD`: the year cited is its year. */
  catalogueVersion: string;
  seed: number;
  samples: number;
  /** The share link that reproduces the numbers. */
  url: string;
  accessed: Date;
}

/**
 * Text safe inside a BibTeX field: its special characters escaped, so a title from a link stays
 * text, and without bidi controls (the isolates round a quoted name, or an override in a title),
 * which pdfLaTeX stops on as undefined characters and which a bibliography has no use for.
 */
function bibtexText(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\{}%&$#_^~]/g, (char) =>
      char === '\\' ? '\\textbackslash{}' : char === '^' || char === '~' ? `\\${char}{}` : `\\${char}`,
    );
}

/**
 * A citation of an estimate in APA, Chicago or BibTeX: who (Sanction Scope), the year and
 * version, the scenario, the figures catalogue, draws and seed that reproduce it, what was changed
 * from a preset, whose data it rests on, the link and the access date.
 *
 * @example citationText({ title: 'The scope ladder', version: '0.1.0', catalogueVersion: '2026-11-23',
 *   seed: 2026, samples: 10000, url: 'https://example.org/?v=2&p=scope-ladder',
 *   accessed: new Date('2026-11-23') }, 'apa')
 * // => 'Sanction Scope. (2026). The scope ladder [Estimate, version 0.1.0; figures catalogue
 * //     2026-11-23; seed 2026, 10,000 draws]. Data: … Retrieved 23 November 2026, from https://…'
 */
export function citationText(input: CitationInput, style: CitationStyle): string {
  const w = laterWords().cite;
  const year = input.catalogueVersion.slice(0, 4);
  const parts = {
    year,
    title: input.title,
    version: input.version,
    run: w.run(input.catalogueVersion, input.seed, input.samples),
    provenance: input.provenance ? ` ${input.provenance}` : '',
    credit: upstreamCredit(),
    accessed: input.accessed,
    url: input.url,
  };
  if (style === 'apa') return w.apa(parts);
  if (style === 'chicago') return w.chicago(parts);
  const key = `sanctionscope${year}${input.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24)}`;
  return [
    `@misc{${key},`,
    `  author = {{Sanction Scope}},`,
    `  title = {{${bibtexText(input.title)}}},`,
    `  year = {${year}},`,
    `  version = {${bibtexText(input.version)}},`,
    ...(w.language ? [`  language = {${w.language}},`] : []),
    `  url = {${bibtexText(input.url)}},`,
    `  urldate = {${input.accessed.toISOString().slice(0, 10)}},`,
    `  note = {${bibtexText(w.note(parts))}}`,
    '}',
  ].join('\n');
}
