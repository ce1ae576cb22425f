import { REPORT } from '../i18n/en/report';
import { wordsFor } from '../i18n/wordsFor';

/**
 * The footer line of an exported chart: where the numbers come from, precisely enough to
 * reproduce them (the figures catalogue, the draws and the seed), and, for a scenario that is not
 * a preset as published, what was changed (so an edited chart never passes as the original).
 *
 * @param run the catalogue version (`YYYY-MM-DD`), the Monte Carlo draws and the seed
 * @param provenance "Modified from the preset …" (`describeProvenance`), or empty
 * @example chartSourceLine({ catalogueVersion: '2026-11-23', samples: 10000, seed: 2026 })
 * // => 'Source: Sanction Scope estimate, figures catalogue 2026-11-23; median and 90% interval over 10,000 draws (seed 2026).'
 */
export function chartSourceLine(
  run: { catalogueVersion: string; samples: number; seed: number },
  provenance = '',
): string {
  return wordsFor('report', REPORT).sourceLine(provenance, describeRun(run));
}

/**
 * What reproduces a run: "figures catalogue 2026-11-23; median and 90% interval over 10,000
 * draws (seed 2026)." The end of the source line, and the card's footer.
 */
export function describeRun(run: { catalogueVersion: string; samples: number; seed: number }): string {
  return wordsFor('report', REPORT).run(run.catalogueVersion, run.samples, run.seed);
}
