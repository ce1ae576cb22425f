import {
  ADULT_SHARE,
  ageProfileById,
  chinaPopulationFigure,
  designationRoundById,
  groupAgeProfile,
  groupById,
  groupSize,
} from '../data/catalogue';
import type { CatalogueEdition } from '../data/catalogueHistory';
import { DEFAULT_DEMOGRAPHIC_RANGES, FAMILY_SIZE_CORRELATION } from '../data/defaultDemographicRanges';
import { familyTermById, termReadings } from '../data/familyReadings';
import type { Designee } from '../data/designation';
import type { AgeProfile } from '../model/ageProfile';
import { DEMOGRAPHIC_KEYS, type DemographicKey } from '../model/demographicParameters';
import type { ModelInputs, ScopeInputs } from '../model/modelInputs';
import { exactRange, type Range } from '../model/range';
import type { Scenario, Scope } from './scenario';

/** Age profile for a named list or a custom group when the scenario names none. */
export const DEFAULT_NAMED_AGE_PROFILE = 'senior-officials';

/** The people and entities of the listed rounds, each counted once even if designated twice. */
export function namedDesignees(roundIds: readonly string[]): { people: Designee[]; entities: Designee[] } {
  const byKey = new Map<string, Designee>();
  for (const id of roundIds) {
    for (const designee of designationRoundById(id)?.designees ?? []) {
      byKey.set(`${designee.kind}:${designee.name.toLowerCase()}`, designee);
    }
  }
  const all = [...byKey.values()];
  return { people: all.filter((d) => d.kind === 'person'), entities: all.filter((d) => d.kind === 'entity') };
}

function plainRange({ low, mode, high }: Range): Range {
  return { low, mode, high };
}

function profileOrThrow(id: string): AgeProfile {
  const profile = ageProfileById(id);
  if (!profile) throw new Error(`unknown age profile ${id}`);
  return profile;
}

function resolveScope(scope: Scope, edition: CatalogueEdition | undefined): ScopeInputs {
  const valueOf = (id: string, current: number) => edition?.figureValues[id] ?? current;
  const { base } = scope;
  const populationFigure = chinaPopulationFigure(base.year);
  if (!populationFigure) throw new Error(`no population figure for ${base.year}`);
  let basePeople: Range;
  let entities = 0;
  let ageProfile: AgeProfile;
  if (base.kind === 'group') {
    const group = groupById(base.groupId);
    const size = group && groupSize(group, base.year, edition?.figureValues);
    const profile = group && groupAgeProfile(group, base.year);
    if (size === undefined || !profile) throw new Error(`group ${base.groupId} has no size for ${base.year}`);
    basePeople = exactRange(size);
    ageProfile = profile;
  } else if (base.kind === 'named') {
    const designees = namedDesignees(base.roundIds);
    basePeople = exactRange(designees.people.length);
    entities = designees.entities.length;
    ageProfile = profileOrThrow(base.ageProfileId ?? DEFAULT_NAMED_AGE_PROFILE);
  } else {
    basePeople = plainRange(base.people);
    entities = base.entities;
    ageProfile = profileOrThrow(base.ageProfileId);
  }
  return {
    id: scope.id,
    year: base.year,
    population: valueOf(populationFigure.id, populationFigure.value),
    adultPopulation: valueOf(populationFigure.id, populationFigure.value) * ADULT_SHARE,
    basePeople,
    entities,
    ageProfile,
    family: scope.family,
    readings: scopeReadings(scope),
    conductShare: plainRange(scope.conductShare),
    waiverShare: plainRange(scope.waiverShare),
    instruments: scope.instruments.map((instrument) => ({
      kind: instrument.kind,
      exposurePerYear: plainRange(instrument.exposurePerYear),
    })),
  };
}

/** Every reading of a scope's undefined family term, as the model needs them; none without a term. */
function scopeReadings(scope: Scope): ScopeInputs['readings'] {
  const term = scope.familyTerm === undefined ? undefined : familyTermById(scope.familyTerm);
  return term ? termReadings(term).map((reading) => ({ id: reading.id, family: reading.family })) : [];
}

/** The demographic ranges in force: the scenario's replacements over the catalogue's defaults. */
export function demographicRanges(scenario: Scenario, edition?: CatalogueEdition): Record<DemographicKey, Range> {
  return Object.fromEntries(
    DEMOGRAPHIC_KEYS.map((key) => [
      key,
      plainRange(scenario.assumptions[key] ?? edition?.assumptionRanges[key] ?? DEFAULT_DEMOGRAPHIC_RANGES[key]),
    ]),
  ) as Record<DemographicKey, Range>;
}

/**
 * Replaces every catalogue reference in a validated scenario by its numbers: the current
 * catalogue's, or those of an earlier `edition` (see `catalogueEdition`) to show a link's numbers
 * as they were.
 *
 * @throws Error if the scenario refers to something not in the catalogue; `parseScenario` rejects
 *   such scenarios first, so this only fires on a programming error.
 */
export function resolveScenario(scenario: Scenario, edition?: CatalogueEdition): ModelInputs {
  return {
    seed: scenario.seed,
    samples: scenario.samples,
    demographic: demographicRanges(scenario, edition),
    familySizeCorrelation: FAMILY_SIZE_CORRELATION,
    scopes: scenario.scopes.map((scope) => resolveScope(scope, edition)),
  };
}
