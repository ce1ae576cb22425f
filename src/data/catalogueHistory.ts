import type { DemographicKey } from '../model/demographicParameters';
import type { Range } from '../model/range';
import { CATALOGUE_VERSION } from './catalogue';

/**
 * What an earlier figures catalogue had that the current one changed: the old values of figures
 * and of the default demographic ranges. When the catalogue changes, append an entry for the
 * version being replaced, so a link made with it can still show the numbers as they were.
 */
export interface CatalogueEdition {
  /** `YYYY-MM-DD`. */
  version: string;
  /** Old values of figures whose value changed since, by figure id. */
  figureValues: Readonly<Record<string, number>>;
  /** Old default ranges of demographic assumptions that changed since. */
  assumptionRanges: Readonly<Partial<Record<DemographicKey, Range>>>;
}

/**
 * Earlier catalogues whose numbers this build can still show, oldest first. Only a catalogue that
 * differs from the current one in figure values and default ranges alone can be listed: 2026-11-23
 * is not, because 2026-11-26 changed the kinship and overlap model, the inputs and the presets,
 * so a link made with it is told that its numbers cannot be shown as they were.
 */
export const CATALOGUE_HISTORY: readonly CatalogueEdition[] = [];

/** The values that differ in catalogue `version`, or undefined if this build does not know it. */
export function catalogueEdition(
  version: string,
  history: readonly CatalogueEdition[] = CATALOGUE_HISTORY,
): CatalogueEdition | undefined {
  if (version === CATALOGUE_VERSION) return { version, figureValues: {}, assumptionRanges: {} };
  // A figure that changed twice keeps, for an old version, the value of the edition that first
  // recorded a change after it: later editions' values are newer, so the earliest match wins.
  const index = history.findIndex((edition) => edition.version === version);
  if (index < 0) return undefined;
  const figureValues: Record<string, number> = {};
  const assumptionRanges: Partial<Record<DemographicKey, Range>> = {};
  for (const edition of history.slice(index).reverse()) {
    Object.assign(figureValues, edition.figureValues);
    Object.assign(assumptionRanges, edition.assumptionRanges);
  }
  return { version, figureValues, assumptionRanges };
}
