const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A citation for an estimate: what was estimated, with which figures and seed, where to see it,
 * and when it was accessed.
 *
 * @example citationText({ title: 'The scope ladder', catalogueVersion: '2026-11-23', seed: 2026,
 *   samples: 10000, url: 'https://example.org/?v=1&p=scope-ladder', accessed: new Date('2026-11-23') })
 * // => 'Sanction Scope, "The scope ladder", estimate with figures catalogue 2026-11-23 (seed 2026,
 * //     10,000 draws). https://example.org/?v=1&p=scope-ladder (accessed 23 November 2026).'
 */
export function citationText(input: {
  title: string;
  /** "Modified from the preset …" (`describeProvenance`); empty for a preset as published. */
  provenance?: string;
  catalogueVersion: string;
  seed: number;
  samples: number;
  url: string;
  accessed: Date;
}): string {
  const draws = input.samples.toLocaleString('en-US');
  const provenance = input.provenance ? ` ${input.provenance}` : '';
  return `Sanction Scope, "${input.title}", estimate with figures catalogue ${input.catalogueVersion} (seed ${input.seed}, ${draws} draws).${provenance} ${input.url} (accessed ${DATE.format(input.accessed)}).`;
}
