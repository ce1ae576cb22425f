import type { AgeProfile } from '../model/ageProfile';
import { ADULT_SHARE_2020 } from './adultShare';
import { AGE_PROFILES } from './ageProfiles';
import { CHINA_POPULATION } from './chinaPopulation';
import type { DesignationRound } from './designation';
import { DESIGNATION_ROUNDS } from './designations';
import type { Figure } from './figure';
import type { CatalogueGroup } from './group';
import { CATALOGUE_GROUPS } from './groups';
import { LEADERSHIP_BODIES } from './leadershipBodies';
import {
  PARTY_AGE_BANDS_2017,
  PARTY_AGE_BANDS_2022,
  PARTY_AGE_BANDS_2023,
  PARTY_AGE_BANDS_2024,
  PARTY_MEMBERSHIP,
} from './partyMembership';
import { REFERENCE_POPULATIONS } from './referencePopulations';

/**
 * Version of the figures catalogue and the model, as the date either last changed. A share link
 * records it, so a link made with older figures or an older model can say so instead of silently
 * showing different numbers.
 */
export const CATALOGUE_VERSION = '2026-11-26';

/** Every sourced figure, in catalogue order. */
export const FIGURES: readonly Figure[] = [
  ...PARTY_MEMBERSHIP,
  ...PARTY_AGE_BANDS_2017,
  ...PARTY_AGE_BANDS_2022,
  ...PARTY_AGE_BANDS_2023,
  ...PARTY_AGE_BANDS_2024,
  ...LEADERSHIP_BODIES,
  ...CHINA_POPULATION,
  ADULT_SHARE_2020,
  ...REFERENCE_POPULATIONS,
];

const figuresById = new Map(FIGURES.map((figure) => [figure.id, figure]));
const groupsById = new Map(CATALOGUE_GROUPS.map((group) => [group.id, group]));
const profilesById = new Map(AGE_PROFILES.map((profile) => [profile.id, profile]));
const roundsById = new Map(DESIGNATION_ROUNDS.map((round) => [round.id, round]));

export function figureById(id: string): Figure | undefined {
  return figuresById.get(id);
}

export function groupById(id: string): CatalogueGroup | undefined {
  return groupsById.get(id);
}

export function ageProfileById(id: string): AgeProfile | undefined {
  return profilesById.get(id);
}

export function designationRoundById(id: string): DesignationRound | undefined {
  return roundsById.get(id);
}

/** Years with a population figure, ascending: the years a scope can be set in. */
export const POPULATION_YEARS: readonly number[] = CHINA_POPULATION.map((figure) => Number(figure.asOf.slice(0, 4)));

/** The population figure for a year, or undefined outside `POPULATION_YEARS`. */
export function chinaPopulationFigure(year: number): Figure | undefined {
  return figuresById.get(`china-population-${year}`);
}

/** Years a catalogue group can be used in, ascending. */
export function groupYears(group: CatalogueGroup): number[] {
  return Object.keys(group.sizeFigureIdsByYear)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Size of a catalogue group in a year, persons; undefined if the group has no figure for that year.
 * @param values figure values to use instead of the catalogue's (an earlier edition's), by id
 */
export function groupSize(
  group: CatalogueGroup,
  year: number,
  values: Readonly<Record<string, number>> = {},
): number | undefined {
  const ids = group.sizeFigureIdsByYear[year];
  if (!ids) return undefined;
  let total = 0;
  for (const id of ids) {
    const figure = figuresById.get(id);
    if (!figure) return undefined;
    total += values[id] ?? figure.value;
  }
  return total;
}

/** The age profile a group uses in a year. */
export function groupAgeProfile(group: CatalogueGroup, year: number): AgeProfile | undefined {
  return profilesById.get(group.ageProfileIdByYear?.[year] ?? group.ageProfileId);
}

/** Share of China's population aged 18+, 0-1 (the 2020 census share, used for every year). */
export const ADULT_SHARE = ADULT_SHARE_2020.value;
