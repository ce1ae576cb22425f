import type { AgeProfile } from './ageProfile';
import type { DemographicParameters } from './demographicParameters';
import { cohortWeights } from './interpolateCohort';
import { RELATION_TYPES, type RelationType } from './relationType';
import { makeSurvivalCurve, mortalityGrowth, survivalAtGrowth, type SurvivalCurve } from './survival';

/** Births to one parent are spread evenly over this many years, centred on the generation gap. */
export const CHILDBEARING_SPAN_YEARS = 10;

/** Birth cohorts for which children ever born are given (see `DemographicParameters`). */
export const CHILDREN_COHORTS = [1950, 1970, 1990] as const;
/** Birth cohorts for which siblings ever born are given. */
export const SIBLING_COHORTS = [1955, 1975, 1995] as const;

/** Relation types that need the survival of parents or siblings. */
export const ELDER_RELATIONS: ReadonlySet<RelationType> = new Set([
  'parent',
  'sibling',
  'spouseParent',
  'spouseSibling',
]);

/** Index of each relation type in the arrays this module fills. */
export const RELATION_INDEX: Record<RelationType, number> = Object.fromEntries(
  RELATION_TYPES.map((type, index) => [type, index]),
) as Record<RelationType, number>;

/**
 * Expected number of a person's children whose age lies in [loYears, hiYears).
 *
 * Children ever born (`childrenEverBorn`) arrive evenly over parent ages
 * [gap - span/2, gap + span/2]; a child born at parent age s is now `ageYears - s` old. Child
 * mortality is ignored (under 1% before 21 for these cohorts).
 */
export function childrenAged(
  ageYears: number,
  childrenEverBorn: number,
  generationGapYears: number,
  loYears: number,
  hiYears: number,
): number {
  const firstBirthAge = generationGapYears - CHILDBEARING_SPAN_YEARS / 2;
  const lastBirthAge = generationGapYears + CHILDBEARING_SPAN_YEARS / 2;
  const from = Math.max(firstBirthAge, ageYears - hiYears);
  const to = Math.min(lastBirthAge, ageYears - loYears);
  return to > from ? (childrenEverBorn * (to - from)) / CHILDBEARING_SPAN_YEARS : 0;
}

function marriedShare(ageYears: number, p: DemographicParameters): number {
  if (ageYears <= 30) return p.marriedShareUnder31;
  if (ageYears <= 60) return p.marriedShare31to60;
  return p.marriedShareOver60;
}

/** Per-draw values shared by every age of every profile, computed once per draw. */
export interface KinContext {
  p: DemographicParameters;
  survival: SurvivalCurve;
  /** e^(θ g): multiplies a person's mortality growth term to give their parents'. */
  parentGrowthFactor: number;
}

/**
 * The per-draw values for a draw of demographic inputs.
 * @param reuse a context to overwrite instead of allocating one (the Monte Carlo loop passes one)
 */
export function makeKinContext(p: DemographicParameters, reuse?: KinContext): KinContext {
  const context = reuse ?? { p, survival: { hazardScale: 0 }, parentGrowthFactor: 0 };
  context.p = p;
  context.survival.hazardScale = makeSurvivalCurve(p.medianAgeAtDeathYears).hazardScale;
  context.parentGrowthFactor = mortalityGrowth(p.generationGapYears);
  return context;
}

/** What the kinship model needs to know about one age, independent of the draw. */
interface PreparedAge {
  ageYears: number;
  share: number;
  /** e^(θ age). */
  growth: number;
  childWeights: [number, number, number];
  siblingWeights: [number, number, number];
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
  return {
    profile,
    asOfYear,
    ages: profile.points.map(({ ageYears, share }) => ({
      ageYears,
      share,
      growth: mortalityGrowth(ageYears),
      childWeights: cohortWeights(asOfYear - ageYears, CHILDREN_COHORTS),
      siblingWeights: cohortWeights(asOfYear - ageYears, SIBLING_COHORTS),
    })),
  };
}

/**
 * Expected living relatives of each type for one person of a given age.
 *
 * - spouse = m(a), the married share at age a (a widowed person has no spouse);
 * - children by age band: see `childrenAged`, with children ever born C(c) interpolated between
 *   the 1950, 1970 and 1990 birth cohorts c;
 * - parents = 2 S(a + g), with S the survival curve and g the generation gap;
 * - siblings = B(c) S(a), with siblings ever born B(c) interpolated between 1955, 1975 and 1995;
 * - spouse's parents = m(a) 2 S(a + g); spouse's siblings = m(a) B(c) S(a) (spouses are
 *   taken to be the same age and cohort as the member).
 *
 * @param age the person's age and its precomputed constants (see `prepareProfile`)
 * @param context one draw of the demographic inputs (see `makeKinContext`)
 * @param out the counts (persons), indexed by `RELATION_INDEX`, to which `weight` times this
 *   age's counts are added
 * @param withElders false to add nothing for parents, siblings and in-laws (not computed)
 */
function addRelativesAtAge(age: PreparedAge, context: KinContext, out: Float64Array, withElders: boolean): void {
  const weight = age.share;
  const { p, survival } = context;
  const { ageYears, childWeights: cw, siblingWeights: sw } = age;
  const married = marriedShare(ageYears, p);
  const childrenEverBorn = cw[0] * p.childrenCohort1950 + cw[1] * p.childrenCohort1970 + cw[2] * p.childrenCohort1990;
  const siblingsEverBorn = sw[0] * p.siblingsCohort1955 + sw[1] * p.siblingsCohort1975 + sw[2] * p.siblingsCohort1995;
  // The survival terms are the costly part; skip them when no covered relation needs them.
  const parentsAlive = withElders ? 2 * survivalAtGrowth(survival, age.growth * context.parentGrowthFactor) : 0;
  const siblingsAlive = withElders ? siblingsEverBorn * survivalAtGrowth(survival, age.growth) : 0;
  const gap = p.generationGapYears;

  out[RELATION_INDEX.spouse]! += weight * married;
  out[RELATION_INDEX.childUnder18]! += weight * childrenAged(ageYears, childrenEverBorn, gap, 0, 18);
  out[RELATION_INDEX.child18to20]! += weight * childrenAged(ageYears, childrenEverBorn, gap, 18, 21);
  out[RELATION_INDEX.child21plus]! += weight * childrenAged(ageYears, childrenEverBorn, gap, 21, Infinity);
  out[RELATION_INDEX.parent]! += weight * parentsAlive;
  out[RELATION_INDEX.sibling]! += weight * siblingsAlive;
  out[RELATION_INDEX.spouseParent]! += weight * married * parentsAlive;
  out[RELATION_INDEX.spouseSibling]! += weight * married * siblingsAlive;
}

/**
 * Expected living relatives of each type for one person (see `addRelativesAtAge` for the
 * formulas).
 *
 * @param ageYears the person's age, years (18-100)
 * @param asOfYear the calendar year the age refers to
 * @param p one draw of the demographic inputs
 * @returns persons per relation type
 */
export function relativesAtAge(
  ageYears: number,
  asOfYear: number,
  p: DemographicParameters,
): Record<RelationType, number> {
  const [age] = prepareProfile({ id: 'one', label: 'one', points: [{ ageYears, share: 1 }] }, asOfYear).ages;
  const out = new Float64Array(RELATION_TYPES.length);
  addRelativesAtAge(age!, makeKinContext(p), out, true);
  return Object.fromEntries(RELATION_TYPES.map((type, i) => [type, out[i]!])) as Record<RelationType, number>;
}

/**
 * Expected living relatives of each type per member of a group: the relatives of one person,
 * averaged over the group's age profile.
 *
 * @param prepared the group's ages in a year (see `prepareProfile`)
 * @param context one draw of the demographic inputs (see `makeKinContext`)
 * @param out receives the counts (persons per member), indexed by `RELATION_INDEX`
 * @param withElders false when only spouses and children are needed: parents, siblings and
 *   in-laws are then left at 0, which saves most of the work
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
