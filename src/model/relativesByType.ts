import type { AgeProfile } from './ageProfile';
import { childSurvivalTo20 } from './childSurvival';
import { DEMOGRAPHIC_INDEX, type DemographicKey } from './demographicParameters';
import { cohortWeights } from './interpolateCohort';
import { birthsUpToOffset } from './parentAgeAtBirth';
import { RELATION_TYPES, type RelationType } from './relationType';
import { makeSurvivalCurve, mortalityGrowth, survivalAtGrowth, type SurvivalCurve } from './survival';

/** A birth cohort for which an input gives a value, and the input that gives it. */
export interface CohortAnchor {
  birthYear: number;
  key: DemographicKey;
}

/** Members' children ever born, by the member's birth cohort. */
export const MEMBER_CHILDREN_ANCHORS: readonly CohortAnchor[] = [
  { birthYear: 1950, key: 'childrenCohort1950' },
  { birthYear: 1970, key: 'childrenCohort1970' },
  { birthYear: 1990, key: 'childrenCohort1990' },
];

/**
 * Senior cadres' children ever born: the one-child figure for cadres born 1955-1975, whose
 * children were born under the rule (from 1980), easing to the members' figures on either side.
 */
export const CADRE_CHILDREN_ANCHORS: readonly CohortAnchor[] = [
  { birthYear: 1948, key: 'childrenCohort1950' },
  { birthYear: 1955, key: 'cadreChildrenOneChildEra' },
  { birthYear: 1975, key: 'cadreChildrenOneChildEra' },
  { birthYear: 1990, key: 'childrenCohort1990' },
];

/** Children ever born per woman in all of China, by the woman's birth cohort. */
export const WOMEN_CHILDREN_ANCHORS: readonly CohortAnchor[] = [
  { birthYear: 1930, key: 'womenChildrenCohort1930' },
  { birthYear: 1950, key: 'womenChildrenCohort1950' },
  { birthYear: 1970, key: 'womenChildrenCohort1970' },
];

/**
 * A child sees more brothers and sisters than the average family has children less one, because
 * large families hold more children: siblings ever born = E[X²]/E[X] − 1 = F − 1 + Var(X)/F for
 * family size X with mean F. Var(X)/F is taken as F/5 (about 1, near Poisson, at five or six
 * children; about 0.35 at the one-child era's 1.75), so siblings ever born = 1.2 F − 1.
 */
export const SIBLING_SIZE_BIAS = 1.2;

/** Relation types that need the survival or the siblings of the member's generation. */
export const ELDER_RELATIONS: ReadonlySet<RelationType> = new Set([
  'parent',
  'sibling',
  'spouseParent',
  'spouseSibling',
  'siblingSpouse',
  'siblingChild',
]);

/** Index of each relation type in the arrays this module fills. */
export const RELATION_INDEX: Record<RelationType, number> = Object.fromEntries(
  RELATION_TYPES.map((type, index) => [type, index]),
) as Record<RelationType, number>;

const I = RELATION_INDEX;
const D = DEMOGRAPHIC_INDEX;

/** Per-draw values shared by every age of every profile, computed once per draw. */
export interface KinContext {
  /** One draw of the demographic inputs, indexed by `DEMOGRAPHIC_INDEX`. */
  values: Float64Array;
  survival: SurvivalCurve;
  /** e^(θ g): multiplies a person's mortality growth term to give their parents'. */
  parentGrowthFactor: number;
}

/**
 * The per-draw values for a draw of demographic inputs.
 * @param values the draw, indexed by `DEMOGRAPHIC_INDEX` (kept, not copied)
 * @param reuse a context to overwrite instead of allocating one (the Monte Carlo loop passes one)
 */
export function makeKinContext(values: Float64Array, reuse?: KinContext): KinContext {
  const context = reuse ?? { values, survival: { hazardScale: 0 }, parentGrowthFactor: 0 };
  context.values = values;
  context.survival.hazardScale = makeSurvivalCurve(values[D.medianAgeAtDeathYears]!).hazardScale;
  context.parentGrowthFactor = mortalityGrowth(values[D.generationGapYears]!);
  return context;
}

/** Weights over anchors, as parallel arrays of input indices and weights (zeros dropped). */
interface AnchorMix {
  keys: Int32Array;
  weights: Float64Array;
}

function anchorMix(birthYear: number, anchors: readonly CohortAnchor[]): AnchorMix {
  const weights = cohortWeights(
    birthYear,
    anchors.map((anchor) => anchor.birthYear),
  );
  const used = anchors.flatMap((anchor, i) => (weights[i]! > 0 ? [{ index: D[anchor.key], weight: weights[i]! }] : []));
  return { keys: Int32Array.from(used, (u) => u.index), weights: Float64Array.from(used, (u) => u.weight) };
}

function mixValue(mix: AnchorMix, values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < mix.keys.length; i++) total += mix.weights[i]! * values[mix.keys[i]!]!;
  return total;
}

/** Value of the women's-fertility anchors at a birth year that depends on the draw. */
function womenChildrenAt(birthYear: number, values: Float64Array): number {
  const [a, b, c] = WOMEN_CHILDREN_ANCHORS as [CohortAnchor, CohortAnchor, CohortAnchor];
  if (birthYear <= a.birthYear) return values[D[a.key]]!;
  if (birthYear < b.birthYear) {
    const t = (birthYear - a.birthYear) / (b.birthYear - a.birthYear);
    return (1 - t) * values[D[a.key]]! + t * values[D[b.key]]!;
  }
  if (birthYear < c.birthYear) {
    const t = (birthYear - b.birthYear) / (c.birthYear - b.birthYear);
    return (1 - t) * values[D[b.key]]! + t * values[D[c.key]]!;
  }
  return values[D[c.key]]!;
}

/** What the kinship model needs to know about one age, independent of the draw. */
interface PreparedAge {
  ageYears: number;
  share: number;
  birthYear: number;
  /** e^(θ age). */
  growth: number;
  /** The member's own children ever born, from the member's or the cadres' anchors. */
  children: AnchorMix;
  /** Children per woman of the member's own cohort: how many children the member's siblings have. */
  cohortChildren: AnchorMix;
  /** Chance that a sibling, born about the member's year, reached adulthood. */
  siblingSurvival: number;
}

/** An age profile set in a calendar year, with its per-age constants computed once. */
export interface PreparedProfile {
  profile: AgeProfile;
  asOfYear: number;
  ages: readonly PreparedAge[];
}

/**
 * Computes once what `relativesByType` needs for a profile in a year.
 * @param asOfYear the calendar year the profile's ages refer to
 */
export function prepareProfile(profile: AgeProfile, asOfYear: number): PreparedProfile {
  const childrenAnchors = profile.cadres ? CADRE_CHILDREN_ANCHORS : MEMBER_CHILDREN_ANCHORS;
  return {
    profile,
    asOfYear,
    ages: profile.points.map(({ ageYears, share }) => {
      const birthYear = asOfYear - ageYears;
      return {
        ageYears,
        share,
        birthYear,
        growth: mortalityGrowth(ageYears),
        children: anchorMix(birthYear, childrenAnchors),
        cohortChildren: anchorMix(birthYear, WOMEN_CHILDREN_ANCHORS),
        siblingSurvival: childSurvivalTo20(birthYear),
      };
    }),
  };
}

/** The married share for an age, from the three age bands' inputs. */
function marriedShare(ageYears: number, values: Float64Array): number {
  if (ageYears <= 30) return values[D.marriedShareUnder31]!;
  if (ageYears <= 60) return values[D.marriedShare31to60]!;
  return values[D.marriedShareOver60]!;
}

/**
 * Adds the expected living relatives of each type of one person of a given age, times the age's
 * share of the group. With m the married share, g the generation gap, c the birth year, S adult
 * survival and s20 survival to adulthood:
 *
 * - spouse = m(a);
 * - children in an age band = C(c) × (share of births at parent ages that make them that old now,
 *   see `childrenAged`) × s20(c + g), C the member's (or cadre's) children ever born;
 * - children's spouses = adult children × m(a − g);
 * - parents = 2 S(a + g);
 * - siblings who reached adulthood B = (1.2 W(c − g) − 1) × s20(c), W the children per woman of
 *   the mother's cohort (see `SIBLING_SIZE_BIAS`); living siblings = B S(a);
 * - spouse's parents = m(a) 2 S(a + g); spouse's siblings and siblings' spouses = m(a) B S(a)
 *   each (spouses are taken to be the member's age and cohort);
 * - siblings' children aged 18+ = B × W(c) × (share aged 18+) × s20(c + g).
 *
 * @param out counts (persons), indexed by `RELATION_INDEX`, to which this age's are added
 * @param withElders false to add nothing for parents, siblings and their families (not computed)
 */
function addRelativesAtAge(age: PreparedAge, context: KinContext, out: Float64Array, withElders: boolean): void {
  const { values, survival } = context;
  const weight = age.share;
  const a = age.ageYears;
  const gap = values[D.generationGapYears]!;
  const married = marriedShare(a, values);
  const childSurvival = childSurvivalTo20(age.birthYear + gap);
  const children = mixValue(age.children, values) * childSurvival;
  // childrenAged for the three bands, sharing the three points of the birth-age distribution.
  const bornBy0 = birthsUpToOffset(a - gap);
  const bornBy18 = birthsUpToOffset(a - 18 - gap);
  const bornBy21 = birthsUpToOffset(a - 21 - gap);
  const under18 = children * (bornBy0 - bornBy18);
  const aged18to20 = children * (bornBy18 - bornBy21);
  const aged21plus = children * bornBy21;

  out[I.spouse]! += weight * married;
  out[I.childUnder18]! += weight * under18;
  out[I.child18to20]! += weight * aged18to20;
  out[I.child21plus]! += weight * aged21plus;
  out[I.childSpouse]! += weight * (aged18to20 + aged21plus) * marriedShare(a - gap, values);
  // The survival terms are the costly part; skip them when no covered relation needs them.
  if (!withElders) return;

  const parentsAlive = 2 * survivalAtGrowth(survival, age.growth * context.parentGrowthFactor);
  const siblingsAdult =
    Math.max(0, SIBLING_SIZE_BIAS * womenChildrenAt(age.birthYear - gap, values) - 1) * age.siblingSurvival;
  const siblingsAlive = siblingsAdult * survivalAtGrowth(survival, age.growth);
  const siblingsAdultChildren = mixValue(age.cohortChildren, values) * childSurvival * bornBy18;

  out[I.parent]! += weight * parentsAlive;
  out[I.sibling]! += weight * siblingsAlive;
  out[I.spouseParent]! += weight * married * parentsAlive;
  out[I.spouseSibling]! += weight * married * siblingsAlive;
  out[I.siblingSpouse]! += weight * married * siblingsAlive;
  out[I.siblingChild]! += weight * siblingsAdult * siblingsAdultChildren;
}

/**
 * Expected living relatives of each type for one person (see `addRelativesAtAge` for the
 * formulas).
 *
 * @param ageYears the person's age, years (18-100)
 * @param asOfYear the calendar year the age refers to
 * @param values one draw of the demographic inputs, indexed by `DEMOGRAPHIC_INDEX`
 * @param cadres true to use the cadres' one-child-era fertility (see `AgeProfile.cadres`)
 * @returns persons per relation type
 */
export function relativesAtAge(
  ageYears: number,
  asOfYear: number,
  values: Float64Array,
  cadres = false,
): Record<RelationType, number> {
  const profile: AgeProfile = { id: 'one', label: 'one', points: [{ ageYears, share: 1 }], cadres };
  const [age] = prepareProfile(profile, asOfYear).ages;
  const out = new Float64Array(RELATION_TYPES.length);
  addRelativesAtAge(age!, makeKinContext(values), out, true);
  return Object.fromEntries(RELATION_TYPES.map((type, i) => [type, out[i]!])) as Record<RelationType, number>;
}

/**
 * Expected living relatives of each type per member of a group: the relatives of one person,
 * averaged over the group's age profile.
 *
 * @param prepared the group's ages in a year (see `prepareProfile`)
 * @param context one draw of the demographic inputs (see `makeKinContext`)
 * @param out receives the counts (persons per member), indexed by `RELATION_INDEX`
 * @param withElders false when no parents, siblings or their families are needed: they are then
 *   left at 0, which saves most of the work
 */
export function relativesByType(
  prepared: PreparedProfile,
  context: KinContext,
  out: Float64Array,
  withElders = true,
): void {
  out.fill(0);
  const ages = prepared.ages;
  for (let a = 0; a < ages.length; a++) addRelativesAtAge(ages[a]!, context, out, withElders);
}
